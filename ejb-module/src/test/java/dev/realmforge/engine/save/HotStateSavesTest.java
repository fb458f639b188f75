package dev.realmforge.engine.save;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.session.PlayerStore;
import dev.realmforge.engine.rpg.session.Position;
import dev.realmforge.engine.session.RecordingPlayerLink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.persistence.account.Role;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotStateSavesTest {

    /** A store whose saves fail while a player still has failures left; records what it saved. */
    private static final class FlakyStore extends PlayerStore {
        final Map<Long, Integer> failuresLeft = new HashMap<>();
        final List<Long> saved = new ArrayList<>();
        int calls;

        @Override
        public void save(List<OnlinePlayer> players) {
            calls++;
            for (OnlinePlayer player : players) {
                int left = failuresLeft.getOrDefault(player.playerId(), 0);
                if (left > 0) {
                    failuresLeft.put(player.playerId(), left - 1);
                    throw new OptimisticLockException("row changed since it was read");
                }
            }
            players.forEach(player -> saved.add(player.playerId()));
        }
    }

    private static OnlinePlayer player(long id) {
        return new OnlinePlayer(id, id, "p" + id, Role.PLAYER, new RecordingPlayerLink(),
                new Position("m", 1, 1, "south"), 10, Experience.starting(), Pacing.DEFAULT);
    }

    private final List<OnlinePlayer> three = List.of(player(1), player(2), player(3));

    @Test
    void aBatchThatSavesIsOneCall() {
        FlakyStore store = new FlakyStore();
        assertThat(HotStateSaves.save(store, three)).isZero();
        assertThat(store.calls).isEqualTo(1);
        assertThat(store.saved).containsExactly(1L, 2L, 3L);
    }

    @Test
    void oneConflictingRowDoesNotSinkTheOthersAndIsWrittenAgain() {
        FlakyStore store = new FlakyStore();
        store.failuresLeft.put(2L, 2); // fails the batch, then its first single attempt
        assertThat(HotStateSaves.save(store, three)).isZero();
        assertThat(store.saved).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aRowThatNeverSavesIsCountedAndTheRestAreStillSaved() {
        FlakyStore store = new FlakyStore();
        store.failuresLeft.put(3L, 1 + HotStateSaves.ATTEMPTS);
        assertThat(HotStateSaves.save(store, three)).isEqualTo(1);
        assertThat(store.saved).containsExactlyInAnyOrder(1L, 2L);
    }
}
