package dev.realmforge.engine.session;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Position;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.persistence.account.Role;
import org.junit.jupiter.api.Test;

class OnlinePlayersTest {

    private final OnlinePlayers online = new OnlinePlayers();

    private static OnlinePlayer player(long playerId, long accountId, String username) {
        return new OnlinePlayer(playerId, accountId, username, Role.PLAYER, new RecordingPlayerLink(),
                new Position("world", 0, 0, "south"), 10, dev.realmforge.engine.rpg.skill.Experience.starting(), dev.realmforge.engine.rpg.session.Pacing.DEFAULT);
    }

    @Test
    void firstRegistrationReplacesNothing() {
        assertThat(online.register(player(1, 11, "alice"))).isEmpty();
        assertThat(online.count()).isEqualTo(1);
    }

    @Test
    void registeringTheSameAccountAgainReturnsTheReplacedSession() {
        OnlinePlayer first = player(1, 11, "alice");
        OnlinePlayer second = player(1, 11, "alice");
        online.register(first);

        assertThat(online.register(second)).containsSame(first);
        assertThat(online.byAccount(11)).containsSame(second);
        assertThat(online.count()).isEqualTo(1);
    }

    @Test
    void removingAReplacedSessionReturnsFalseAndKeepsTheNewOne() {
        OnlinePlayer first = player(1, 11, "alice");
        OnlinePlayer second = player(1, 11, "alice");
        online.register(first);
        online.register(second);

        assertThat(online.remove(first)).isFalse();
        assertThat(online.byAccount(11)).containsSame(second);
        assertThat(online.byUsername("alice")).containsSame(second);
    }

    @Test
    void removingTheCurrentSessionRemovesItFromBothLookups() {
        OnlinePlayer alice = player(1, 11, "alice");
        online.register(alice);

        assertThat(online.remove(alice)).isTrue();
        assertThat(online.byAccount(11)).isEmpty();
        assertThat(online.byUsername("alice")).isEmpty();
        assertThat(online.all()).isEmpty();
    }

    @Test
    void removingTwiceReturnsFalseTheSecondTime() {
        OnlinePlayer alice = player(1, 11, "alice");
        online.register(alice);
        online.remove(alice);

        assertThat(online.remove(alice)).isFalse();
    }

    @Test
    void byUsernameIgnoresCase() {
        OnlinePlayer alice = player(1, 11, "Alice");
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
        OnlinePlayer alice = player(1, 11, "alice");
        OnlinePlayer bob = player(2, 12, "bob");
        online.register(alice);
        online.register(bob);

        assertThat(online.all()).containsExactlyInAnyOrder(alice, bob);
    }
}
