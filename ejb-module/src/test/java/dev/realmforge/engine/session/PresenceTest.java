package dev.realmforge.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PresenceTest {

    private record Session(long accountId, String username, PlayerLink link) implements ProfileSession {
    }

    private final Presence presence = new Presence();

    @Test
    void anAccountMayBeOnlineInTwoProfilesAndASecondSignInReplacesOnlyWithinItsProfile() {
        SessionRegistry<Session> rpg = presence.open("rpg");
        SessionRegistry<Session> grid = presence.open("grid");
        Session onRpg = new Session(7, "alice", new RecordingPlayerLink());
        Session onGrid = new Session(7, "alice", new RecordingPlayerLink());
        Session onGridAgain = new Session(7, "alice", new RecordingPlayerLink());

        assertThat(rpg.register(onRpg)).isEmpty();
        assertThat(grid.register(onGrid)).isEmpty();
        assertThat(grid.register(onGridAgain)).containsSame(onGrid);

        assertThat(rpg.byAccount(7)).containsSame(onRpg);
        assertThat(presence.sessionsOf(7)).containsExactlyInAnyOrder(onRpg, onGridAgain);
        assertThat(presence.counts()).containsEntry("rpg", 1).containsEntry("grid", 1);
    }

    @Test
    void aProfileOpensItsRegistryOnce() {
        presence.open("rpg");
        assertThatThrownBy(() -> presence.open("rpg")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAccountOnlineNowhereHasNoSessions() {
        presence.open("rpg");
        assertThat(presence.sessionsOf(42)).isEmpty();
    }
}
