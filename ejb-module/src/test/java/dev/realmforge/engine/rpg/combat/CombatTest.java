package dev.realmforge.engine.rpg.combat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.map.TilePoint;
import dev.realmforge.engine.rpg.npc.Npc;
import dev.realmforge.engine.rpg.npc.NpcDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Engagements, strike timing, retaliation and death between NPCs, without a container. */
class CombatTest {

    private static final long TICK = 100;
    /** Every swing hits for 1: nextDouble() is 0 and nextInt(n) is 0. */
    private static final RandomGenerator ALWAYS_ONE = () -> 0L;

    private final Combat combat = new Combat(new CombatRules(ALWAYS_ONE), TICK);
    private final Npc a = npc(1, "m", 5, 5, 3);
    private final Npc b = npc(2, "m", 6, 5, 2);
    private final Map<String, Fighter> all = Map.of(a.key(), new Fighter.Monster(a), b.key(), new Fighter.Monster(b));
    private final List<String> log = new ArrayList<>();
    private final Combat.Listener listener = new Combat.Listener() {
        @Override
        public void struck(Fighter attacker, Fighter target, int damage) {
            log.add(attacker.key() + ">" + target.key() + ":" + damage);
        }

        @Override
        public void died(Fighter victim, Fighter killer) {
            log.add(victim.key() + " killed by " + killer.key());
        }
    };

    private static Npc npc(int id, String map, int x, int y, int hp) {
        NpcDefinition kind = new NpcDefinition("t" + id, "T" + id, 1, hp, 0, 10, 1, 1, 1, 4, false, List.of());
        return new Npc(id, kind, map, new TilePoint(x, y), 0);
    }

    private Fighter f(Npc npc) {
        return all.get(npc.key());
    }

    private void advance(long now) {
        combat.advance(now, key -> Optional.ofNullable(all.get(key)), listener);
    }

    @Test
    void theAttackerStrikesAtOnceThenEveryIntervalAndTheTargetAnswers() {
        combat.engage(f(a), f(b), 0);
        advance(0);
        assertThat(log).containsExactly("npc_1>npc_2:1");
        assertThat(combat.targetOf(b.key())).as("auto-retaliation").contains(a.key());

        advance(199); // b answers after half its interval (4 ticks x 100 / 2)
        assertThat(log).hasSize(1);
        advance(200);
        assertThat(log).containsExactly("npc_1>npc_2:1", "npc_2>npc_1:1");

        advance(400); // a's second strike kills b (2 hp)
        assertThat(log).last().isEqualTo("npc_2 killed by npc_1");
        assertThat(combat.involved(a.key())).isFalse();
        assertThat(combat.involved(b.key())).isFalse();
    }

    @Test
    void engagingChecksTheTargetRangeAndTheCurrentFight() {
        Npc far = npc(3, "m", 8, 5, 3);
        Npc elsewhere = npc(4, "other", 6, 5, 3);
        assertCode(() -> combat.engage(f(a), new Fighter.Monster(far), 0), RpgErrorCode.COMBAT_OUT_OF_RANGE);
        assertCode(() -> combat.engage(f(a), new Fighter.Monster(elsewhere), 0), RpgErrorCode.COMBAT_OUT_OF_RANGE);

        combat.engage(f(a), f(b), 0);
        combat.engage(f(a), f(b), 0); // the same target again is fine
        Npc third = npc(5, "m", 4, 4, 3);
        assertCode(() -> combat.engage(f(a), new Fighter.Monster(third), 0), RpgErrorCode.COMBAT_ALREADY_IN_COMBAT);
        assertCode(() -> combat.engage(f(a), new Fighter.Monster(far), 0), RpgErrorCode.COMBAT_ALREADY_IN_COMBAT);

        b.die(1_000);
        assertCode(() -> combat.engage(new Fighter.Monster(third), f(b), 0), RpgErrorCode.COMBAT_TARGET_NOT_FOUND);
    }

    @Test
    void aTargetThatWalksAwayEndsTheFightAndDisengagingStopsStrikes() {
        combat.engage(f(a), f(b), 0);
        combat.disengage(a.key());
        advance(0);
        assertThat(log).isEmpty();

        combat.engage(f(a), f(b), 0);
        Map<String, Fighter> moved = Map.of(a.key(), f(a), b.key(), new Fighter.Monster(npc(2, "m", 9, 9, 2)));
        combat.advance(0, key -> Optional.ofNullable(moved.get(key)), listener);
        assertThat(log).isEmpty();
        assertThat(combat.targetOf(a.key())).isEmpty();
    }

    private static void assertCode(Runnable action, RpgErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GameRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
