package dev.realmforge.engine.session;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online on this node, in which profile. Each profile opens its own registry once; the core
 * reads across them for what concerns an account wherever it plays (a ban closes every session of
 * the account).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class Presence {

    private final Map<String, SessionRegistry<?>> registries = new ConcurrentHashMap<>();

    /** The registry of {@code profile}, created on the first call; a profile calls this once. */
    public <S extends ProfileSession> SessionRegistry<S> open(String profile) {
        SessionRegistry<S> fresh = new SessionRegistry<>(profile);
        SessionRegistry<?> existing = registries.putIfAbsent(profile, fresh);
        if (existing != null) {
            throw new IllegalStateException("the session registry of " + profile + " is already open");
        }
        return fresh;
    }

    /** Every live session of the account, in every profile. */
    public List<ProfileSession> sessionsOf(long accountId) {
        return registries.values().stream()
                .map(registry -> registry.byAccount(accountId))
                .flatMap(Optional::stream)
                .map(ProfileSession.class::cast)
                .toList();
    }

    /** Every live session of every profile. */
    public List<ProfileSession> everyone() {
        return registries.values().stream()
                .flatMap(registry -> registry.all().stream())
                .map(ProfileSession.class::cast)
                .toList();
    }

    /** Takes every session of every profile off its registry (at shutdown, once all are saved). */
    public void clearAll() {
        registries.values().forEach(SessionRegistry::clear);
    }

    /** Sessions online per profile, by profile name. */
    public SortedMap<String, Integer> counts() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        registries.forEach((profile, registry) -> counts.put(profile, registry.count()));
        return counts;
    }
}
