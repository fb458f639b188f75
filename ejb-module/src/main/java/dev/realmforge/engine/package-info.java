/**
 * The engine: game rules and services behind every protocol profile. Nothing here knows a wire
 * format or a socket; the transport reaches players through {@link dev.realmforge.engine.session.PlayerLink}
 * and receives domain views, never entities.
 */
package dev.realmforge.engine;
