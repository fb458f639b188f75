package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.persistence.account.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The role ladder as groups: each role holds its own group and every lower role's. */
class StaffRolesTest {

    @Test
    void eachRoleGrantsItsOwnGroupAndEveryLowerOne() {
        assertThat(StaffRoles.grantedBy(Role.PLAYER)).containsExactlyInAnyOrder("player");
        assertThat(StaffRoles.grantedBy(Role.MODERATOR)).containsExactlyInAnyOrder("player", "moderator");
        assertThat(StaffRoles.grantedBy(Role.ADMIN)).containsExactlyInAnyOrder("player", "moderator", "admin");
    }

    @Test
    void theConstantsAreTheRolesAsTheApiSpellsThem() {
        assertThat(Arrays.stream(Role.values()).map(StaffRoles::name))
                .containsExactly(StaffRoles.PLAYER, StaffRoles.MODERATOR, StaffRoles.ADMIN);
    }

    @Test
    void aCallersGroupsCannotBeChangedAfterwards() {
        java.util.Set<String> groups = new java.util.HashSet<>(java.util.Set.of("player"));
        StaffCaller caller = new StaffCaller(1, "someone", groups);
        groups.add("admin");
        assertThat(caller.groups()).containsExactly("player");
    }
}
