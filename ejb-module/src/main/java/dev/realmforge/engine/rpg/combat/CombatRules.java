package dev.realmforge.engine.rpg.combat;

import dev.realmforge.engine.rpg.item.ItemStats;
import java.util.random.RandomGenerator;

/**
 * The hit and damage formulas, in the style of the game whose XP curve Realmforge uses
 * (docs/gameplay.md). The attacker strikes with the weapon's best attack type (stab, slash or
 * crush); the defender defends with its bonus against that type.
 * <ul>
 * <li>attack roll = (attack level + 8) x (attack bonus + 64)</li>
 * <li>defence roll = (defense level + 9) x (defence bonus + 64)</li>
 * <li>hit chance = 1 - (def + 2) / (2 (att + 1)) when att &gt; def, else att / (2 (def + 1))</li>
 * <li>max hit = floor(0.5 + (strength level + 8) x (strength bonus + 64) / 640)</li>
 * <li>a hit deals 1 to max hit (uniform); a miss deals 0.</li>
 * </ul>
 */
public final class CombatRules {

    /** The three melee attack types. */
    public enum Style { STAB, SLASH, CRUSH }

    private final RandomGenerator random;

    public CombatRules(RandomGenerator random) {
        this.random = random;
    }

    public static Style bestStyle(ItemStats bonuses) {
        Style best = Style.CRUSH;
        int value = bonuses.attackCrush();
        if (bonuses.attackSlash() > value || (bonuses.attackSlash() == value && bonuses.attackStab() <= value)) {
            best = Style.SLASH;
            value = bonuses.attackSlash();
        }
        if (bonuses.attackStab() > value) {
            best = Style.STAB;
        }
        return best;
    }

    public static long attackRoll(int attackLevel, ItemStats bonuses, Style style) {
        int bonus = switch (style) {
            case STAB -> bonuses.attackStab();
            case SLASH -> bonuses.attackSlash();
            case CRUSH -> bonuses.attackCrush();
        };
        return (long) (attackLevel + 8) * Math.max(0, bonus + 64);
    }

    public static long defenceRoll(int defenseLevel, ItemStats bonuses, Style style) {
        int bonus = switch (style) {
            case STAB -> bonuses.defenseStab();
            case SLASH -> bonuses.defenseSlash();
            case CRUSH -> bonuses.defenseCrush();
        };
        return (long) (defenseLevel + 9) * Math.max(0, bonus + 64);
    }

    public static double hitChance(long attackRoll, long defenceRoll) {
        if (attackRoll > defenceRoll) {
            return 1.0 - (defenceRoll + 2.0) / (2.0 * (attackRoll + 1.0));
        }
        return attackRoll / (2.0 * (defenceRoll + 1.0));
    }

    public static int maxHit(int strengthLevel, int strengthBonus) {
        return (int) Math.floor(0.5 + (strengthLevel + 8) * (double) Math.max(0, strengthBonus + 64) / 640.0);
    }

    /** One swing of {@code attacker} at {@code defender}: the damage dealt, 0 on a miss. */
    public int swing(Fighter attacker, Fighter defender) {
        Style style = bestStyle(attacker.bonuses());
        double chance = hitChance(attackRoll(attacker.attackLevel(), attacker.bonuses(), style),
                defenceRoll(defender.defenseLevel(), defender.bonuses(), style));
        if (random.nextDouble() >= chance) {
            return 0;
        }
        int max = Math.max(1, maxHit(attacker.strengthLevel(), attacker.bonuses().strength()));
        return 1 + random.nextInt(max);
    }
}
