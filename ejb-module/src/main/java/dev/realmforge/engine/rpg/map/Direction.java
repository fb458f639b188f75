package dev.realmforge.engine.rpg.map;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.Map;

/** One step on the grid; y grows downwards. Names are case-sensitive, as the protocol says. */
public enum Direction {
    UP(0, -1, "north"),
    DOWN(0, 1, "south"),
    LEFT(-1, 0, "west"),
    RIGHT(1, 0, "east");

    private final int dx;
    private final int dy;
    private final String facing;

    Direction(int dx, int dy, String facing) {
        this.dx = dx;
        this.dy = dy;
        this.facing = facing;
    }

    public int dx() {
        return dx;
    }

    public int dy() {
        return dy;
    }

    /** The facing a player takes after stepping this way. */
    public String facing() {
        return facing;
    }

    public static Direction parse(String name) {
        for (Direction d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new GameRuleException(RpgErrorCode.MOVEMENT_INVALID_DIRECTION, "Direction must be UP, DOWN, LEFT or RIGHT",
                Map.of("direction", String.valueOf(name)));
    }
}
