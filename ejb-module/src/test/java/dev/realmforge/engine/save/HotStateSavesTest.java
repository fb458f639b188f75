package dev.realmforge.engine.save;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotStateSavesTest {

    /** A store whose saves fail while a player still has failures left; records what it saved. */
    private record Unit(long id) {
    }

    private static final class FlakyStore implements HotStateStore<Unit> {
        final Map<Long, Integer> failuresLeft = new HashMap<>();
        final List<Long> saved = new ArrayList<>();
        int calls;

        @Override
        public String profile() {
            return "test";
        }

        @Override
        public Collection<Unit> live() {
            return List.of();
        }

        @Override
        public String describe(Unit unit) {
            return "unit " + unit.id();
        }

        @Override
        public void save(List<Unit> units) {
            calls++;
            for (Unit unit : units) {
                int left = failuresLeft.getOrDefault(unit.id(), 0);
                if (left > 0) {
                    failuresLeft.put(unit.id(), left - 1);
                    throw new OptimisticLockException("row changed since it was read");
                }
            }
            units.forEach(unit -> saved.add(unit.id()));
        }
    }

    private final List<Unit> three = List.of(new Unit(1), new Unit(2), new Unit(3));

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
