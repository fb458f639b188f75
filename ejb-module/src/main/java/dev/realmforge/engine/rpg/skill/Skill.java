package dev.realmforge.engine.rpg.skill;

import java.util.Locale;

/**
 * The nine rpg skills. Ids follow the protocol's example (attack 1, defense 2); see
 * docs/protocol/rpg.md. Hitpoints starts at level 10, every other skill at level 1.
 */
public enum Skill {
    ATTACK(1, 1),
    DEFENSE(2, 1),
    STRENGTH(3, 1),
    HITPOINTS(4, 10),
    RANGED(5, 1),
    MAGIC(6, 1),
    PRAYER(7, 1),
    WOODCUTTING(8, 1),
    MINING(9, 1);

    private final int id;
    private final int startingLevel;

    Skill(int id, int startingLevel) {
        this.id = id;
        this.startingLevel = startingLevel;
    }

    public int id() {
        return id;
    }

    /** The lower-case name by which the data files, the database and clients know the skill. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int startingLevel() {
        return startingLevel;
    }

    /** The skill with this protocol id; fails for an unknown id. */
    public static Skill byId(int id) {
        for (Skill skill : values()) {
            if (skill.id == id) {
                return skill;
            }
        }
        throw new IllegalArgumentException("no skill with id " + id);
    }

    public int startingXp() {
        return XpCurve.xpForLevel(startingLevel);
    }
}
