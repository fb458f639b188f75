package dev.realmforge.engine.rpg.combat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.realmforge.engine.rpg.item.ItemStats;
import org.junit.jupiter.api.Test;

/** The documented formulas, with numbers worked out by hand. */
class CombatRulesTest {

    private static final ItemStats BRONZE_SWORD = new ItemStats(4, 5, 3, 0, 0, 0, 5, 0, 0);

    @Test
    void theWeaponsBestAttackTypeIsUsed() {
        assertThat(CombatRules.bestStyle(BRONZE_SWORD)).isEqualTo(CombatRules.Style.SLASH);
        assertThat(CombatRules.bestStyle(new ItemStats(4, 2, -4, 0, 0, 0, 3, 0, 0))).isEqualTo(CombatRules.Style.STAB);
        assertThat(CombatRules.bestStyle(new ItemStats(0, 0, 6, 0, 0, 0, 5, 0, 0))).isEqualTo(CombatRules.Style.CRUSH);
    }

    @Test
    void rollsHitChanceAndMaxHitFollowTheFormulas() {
        long attack = CombatRules.attackRoll(1, BRONZE_SWORD, CombatRules.Style.SLASH);
        long defence = CombatRules.defenceRoll(1, ItemStats.NONE, CombatRules.Style.SLASH);
        assertThat(attack).isEqualTo(9 * 69);
        assertThat(defence).isEqualTo(10 * 64);
        assertThat(CombatRules.hitChance(attack, defence)).isCloseTo(621.0 / 1282.0, within(1e-9));
        assertThat(CombatRules.hitChance(2000, 640)).isCloseTo(1 - 642.0 / 4002.0, within(1e-9));

        assertThat(CombatRules.maxHit(1, 5)).isEqualTo(1);
        assertThat(CombatRules.maxHit(20, 0)).isEqualTo(3);
        assertThat(CombatRules.maxHit(99, 100)).isEqualTo(27);
    }
}
