package dev.realmforge.engine.platform;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Migrations known to this build that the database has not applied: the core's, and each declared
 * profile's ({@link ProfileSchema}) by name. A count is -1 when it could not be read.
 */
public record PendingMigrations(int core, SortedMap<String, Integer> byProfile) {

    public PendingMigrations {
        byProfile = Collections.unmodifiableSortedMap(new TreeMap<>(byProfile));
    }

    /** Every count unknown (-1), for when the database cannot be asked. */
    public static PendingMigrations unread(Collection<String> profiles) {
        SortedMap<String, Integer> unknown = new TreeMap<>();
        profiles.forEach(profile -> unknown.put(profile, -1));
        return new PendingMigrations(-1, unknown);
    }

    /** Whether every count was read and is zero: the schema is complete for this build. */
    public boolean none() {
        return core == 0 && byProfile.values().stream().allMatch(count -> count == 0);
    }

}
