package dev.realmforge.engine.rpg.item;

/**
 * Combat bonuses of one item, or of a whole set of equipment when added up. Missing values in the
 * catalogue are 0.
 */
public record ItemStats(int attackStab, int attackSlash, int attackCrush,
                        int defenseStab, int defenseSlash, int defenseCrush,
                        int strength, int rangedAttack, int rangedStrength) {

    public static final ItemStats NONE = new ItemStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ItemStats plus(ItemStats o) {
        return new ItemStats(attackStab + o.attackStab, attackSlash + o.attackSlash, attackCrush + o.attackCrush,
                defenseStab + o.defenseStab, defenseSlash + o.defenseSlash, defenseCrush + o.defenseCrush,
                strength + o.strength, rangedAttack + o.rangedAttack, rangedStrength + o.rangedStrength);
    }
}
