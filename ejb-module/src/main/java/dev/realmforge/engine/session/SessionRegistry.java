package dev.realmforge.engine.session;

import dev.realmforge.persistence.account.Account;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of one profile on this node, at most one per account: registering a second session
 * of an account returns the one it replaces. Other profiles have registries of their own, so an
 * account may be online in several profiles at once. Thread-safe.
 */
public final class SessionRegistry<S extends ProfileSession> {

    private final String profile;
    private final Map<Long, S> byAccount = new ConcurrentHashMap<>();
    private final Map<String, S> byUsername = new ConcurrentHashMap<>();

    public SessionRegistry(String profile) {
        this.profile = Objects.requireNonNull(profile);
    }

    public String profile() {
        return profile;
    }

    /** Adds the session; returns the session of the same account it replaces, if any. */
    public Optional<S> register(S session) {
        S replaced = byAccount.put(session.accountId(), session);
        byUsername.put(Account.usernameKey(session.username()), session);
        return Optional.ofNullable(replaced);
    }

    /** Removes this very session; false when it was already replaced or removed. */
    public boolean remove(S session) {
        boolean removed = byAccount.remove(session.accountId(), session);
        if (removed) {
            byUsername.remove(Account.usernameKey(session.username()), session);
        }
        return removed;
    }

    public Optional<S> byAccount(long accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    /** Case-insensitive look-up by username. */
    public Optional<S> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(Account.usernameKey(username)));
    }

    public Collection<S> all() {
        return List.copyOf(byAccount.values());
    }

    /** Takes every session off the registry (at shutdown, once all are saved). */
    public void clear() {
        byAccount.clear();
        byUsername.clear();
    }

    public int count() {
        return byAccount.size();
    }
}
