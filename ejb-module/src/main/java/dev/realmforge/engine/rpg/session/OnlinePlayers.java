package dev.realmforge.engine.rpg.session;

import dev.realmforge.engine.session.Presence;
import dev.realmforge.engine.session.SessionRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;

/** The rpg players online on this node, at most one per account: the rpg profile's session registry. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class OnlinePlayers {

    public static final String PROFILE = "rpg";

    @Inject
    Presence presence;

    private SessionRegistry<OnlinePlayer> registry = new SessionRegistry<>(PROFILE);

    @PostConstruct
    void open() {
        registry = presence.open(PROFILE);
    }

    /** Adds the player; returns the session of the same account it replaces, if any. */
    public Optional<OnlinePlayer> register(OnlinePlayer player) {
        return registry.register(player);
    }

    /** Removes this very session; false when it was already replaced or removed. */
    public boolean remove(OnlinePlayer player) {
        return registry.remove(player);
    }

    public Optional<OnlinePlayer> byAccount(long accountId) {
        return registry.byAccount(accountId);
    }

    /** Case-insensitive look-up by username. */
    public Optional<OnlinePlayer> byUsername(String username) {
        return registry.byUsername(username);
    }

    public Collection<OnlinePlayer> all() {
        return registry.all();
    }

    /** The registry itself, for the tick, which reads who is online every tick without going through this bean. */
    public SessionRegistry<OnlinePlayer> registry() {
        return registry;
    }

    public int count() {
        return registry.count();
    }
}
