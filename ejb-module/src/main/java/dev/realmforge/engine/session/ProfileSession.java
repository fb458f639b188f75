package dev.realmforge.engine.session;

/**
 * One signed-in session of one profile, as the core sees it: whose it is and how to reach its
 * connection. What the session is in its world (a player on a tile, a ship, a character) is the
 * profile's own type, which implements this.
 */
public interface ProfileSession {

    long accountId();

    String username();

    PlayerLink link();
}
