package dev.realmforge.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    private record Session(long accountId, String username, PlayerLink link) implements ProfileSession {
    }

    private final SessionRegistry<Session> online = new SessionRegistry<>("rpg");

    private static Session player(long playerId, long accountId, String username) {
        return new Session(accountId, username, new RecordingPlayerLink());
    }

    @Test
    void firstRegistrationReplacesNothing() {
        assertThat(online.register(player(1, 11, "alice"))).isEmpty();
        assertThat(online.count()).isEqualTo(1);
    }

    @Test
    void registeringTheSameAccountAgainReturnsTheReplacedSession() {
        Session first = player(1, 11, "alice");
        Session second = player(1, 11, "alice");
        online.register(first);

        assertThat(online.register(second)).containsSame(first);
        assertThat(online.byAccount(11)).containsSame(second);
        assertThat(online.count()).isEqualTo(1);
    }

    @Test
    void removingAReplacedSessionReturnsFalseAndKeepsTheNewOne() {
        Session first = player(1, 11, "alice");
        Session second = player(1, 11, "alice");
        online.register(first);
        online.register(second);

        assertThat(online.remove(first)).isFalse();
        assertThat(online.byAccount(11)).containsSame(second);
        assertThat(online.byUsername("alice")).containsSame(second);
    }

    @Test
    void removingTheCurrentSessionRemovesItFromBothLookups() {
        Session alice = player(1, 11, "alice");
        online.register(alice);

        assertThat(online.remove(alice)).isTrue();
        assertThat(online.byAccount(11)).isEmpty();
        assertThat(online.byUsername("alice")).isEmpty();
        assertThat(online.all()).isEmpty();
    }

    @Test
    void removingTwiceReturnsFalseTheSecondTime() {
        Session alice = player(1, 11, "alice");
        online.register(alice);
        online.remove(alice);

        assertThat(online.remove(alice)).isFalse();
    }

    @Test
    void byUsernameIgnoresCase() {
        Session alice = player(1, 11, "Alice");
        online.register(alice);

        assertThat(online.byUsername("aLICE")).containsSame(alice);
        assertThat(online.byUsername("alice")).containsSame(alice);
    }

    @Test
    void unknownUsernameIsEmpty() {
        online.register(player(1, 11, "alice"));

        assertThat(online.byUsername("bob")).isEmpty();
    }

    @Test
    void allListsOnePlayerPerAccount() {
        Session alice = player(1, 11, "alice");
        Session bob = player(2, 12, "bob");
        online.register(alice);
        online.register(bob);

        assertThat(online.all()).containsExactlyInAnyOrder(alice, bob);
    }
}
