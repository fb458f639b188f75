package dev.realmforge.engine.session;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.persistence.account.Account;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The players online on this node, at most one per account. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class OnlinePlayers {

    private final Map<Long, OnlinePlayer> byAccount = new ConcurrentHashMap<>();
    private final Map<String, OnlinePlayer> byUsername = new ConcurrentHashMap<>();

    /** Adds the player; returns the session of the same account it replaces, if any. */
    public Optional<OnlinePlayer> register(OnlinePlayer player) {
        OnlinePlayer replaced = byAccount.put(player.accountId(), player);
        byUsername.put(Account.usernameKey(player.username()), player);
        return Optional.ofNullable(replaced);
    }

    /** Removes this very session; false when it was already replaced or removed. */
    public boolean remove(OnlinePlayer player) {
        boolean removed = byAccount.remove(player.accountId(), player);
        if (removed) {
            byUsername.remove(Account.usernameKey(player.username()), player);
        }
        return removed;
    }

    public Optional<OnlinePlayer> byAccount(long accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    /** Case-insensitive look-up by username. */
    public Optional<OnlinePlayer> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(Account.usernameKey(username)));
    }

    public Collection<OnlinePlayer> all() {
        return List.copyOf(byAccount.values());
    }

    public int count() {
        return byAccount.size();
    }
}
