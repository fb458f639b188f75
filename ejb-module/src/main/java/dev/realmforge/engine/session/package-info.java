/**
 * Who is online, per profile: {@link dev.realmforge.engine.session.Presence} holds one
 * {@link dev.realmforge.engine.session.SessionRegistry} per profile, and
 * {@link dev.realmforge.engine.session.PlayerLink} is how the engine reaches a connection.
 */
package dev.realmforge.engine.session;
