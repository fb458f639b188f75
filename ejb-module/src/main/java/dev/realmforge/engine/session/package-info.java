/**
 * Who is online: the registry of connected players, entering and leaving the world, and the
 * {@link dev.realmforge.engine.session.PlayerLink} through which the engine reaches a connection.
 */
package dev.realmforge.engine.session;
