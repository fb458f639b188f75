package dev.realmforge.engine.account;

import dev.realmforge.persistence.account.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role names the staff API is guarded with ({@code @RolesAllowed}) and the groups an account
 * is granted. The roles form a ladder, so an account holds the group of its own role and of every
 * role below it: an admin is also a moderator and a player. This is the one place the ladder is
 * read; the platform then checks a method's role against the caller's groups.
 */
public final class StaffRoles {

    public static final String PLAYER = "player";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private StaffRoles() {
    }

    /** The name of a role as the API spells it (and as its group is called). */
    public static String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The groups of an account of {@code role}: its own and every lower role's. */
    public static Set<String> grantedBy(Role role) {
        return EnumSet.range(Role.PLAYER, role).stream().map(StaffRoles::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
