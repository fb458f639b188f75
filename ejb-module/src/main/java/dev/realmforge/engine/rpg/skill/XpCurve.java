package dev.realmforge.engine.rpg.skill;

/**
 * RuneScape-style experience curve: the experience needed for level L is
 * floor(sum over n = 1..L-1 of floor(n + 300 * 2^(n / 7)) / 4), so level 2 needs 83 and level 99
 * needs 13,034,431. The table is computed once.
 */
public final class XpCurve {

    public static final int MAX_LEVEL = 99;

    private static final int[] XP_FOR_LEVEL = buildTable();

    private XpCurve() {
    }

    private static int[] buildTable() {
        int[] table = new int[MAX_LEVEL + 1];
        double points = 0;
        for (int level = 1; level <= MAX_LEVEL; level++) {
            table[level] = (int) Math.floor(points / 4);
            points += Math.floor(level + 300 * Math.pow(2, level / 7.0));
        }
        return table;
    }

    /** Experience at which {@code level} is reached (level 1 is 0). */
    public static int xpForLevel(int level) {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level out of range 1.." + MAX_LEVEL + ": " + level);
        }
        return XP_FOR_LEVEL[level];
    }

    /** The level reached with {@code xp} experience. */
    public static int levelForXp(int xp) {
        if (xp < 0) {
            throw new IllegalArgumentException("experience cannot be negative: " + xp);
        }
        int level = 1;
        while (level < MAX_LEVEL && XP_FOR_LEVEL[level + 1] <= xp) {
            level++;
        }
        return level;
    }

    /** Experience at which the next level is reached; at the maximum level, that level's threshold. */
    public static int targetXp(int xp) {
        int level = levelForXp(xp);
        return level == MAX_LEVEL ? XP_FOR_LEVEL[MAX_LEVEL] : XP_FOR_LEVEL[level + 1];
    }
}
