package dev.realmforge.it.standin;

import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.engine.session.ProfileSession;

/**
 * One signed-in stand-in session: whose it is and its connection, nothing more. Compared by
 * identity, so that the registry removes only this very session (never its successor).
 */
public final class StandinSession implements ProfileSession {

    private final long accountId;
    private final String username;
    private final PlayerLink link;

    StandinSession(long accountId, String username, PlayerLink link) {
        this.accountId = accountId;
        this.username = username;
        this.link = link;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public PlayerLink link() {
        return link;
    }
}
