package dev.realmforge.engine.account;

import java.util.Set;

/**
 * Who presented a bearer token, as stored now: the account behind a valid token, not banned, with
 * the groups of its current role ({@link StaffRoles#grantedBy}).
 */
public record StaffCaller(long accountId, String username, Set<String> groups) {

    public StaffCaller {
        groups = Set.copyOf(groups);
    }
}
