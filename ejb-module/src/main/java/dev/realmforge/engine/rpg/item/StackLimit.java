package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.HashMap;
import java.util.Map;

/**
 * The most one stack may hold, and the only way quantities are added together. A quantity is a
 * Java {@code int} in memory and an INTEGER column in the database, so a stack of exactly
 * {@link #MAX} is allowed and adding more is a game rule (INVENTORY_FULL with reason
 * {@code stack_limit}), not an arithmetic overflow that surfaces as an internal error.
 */
public final class StackLimit {

    public static final int MAX = Integer.MAX_VALUE;
    public static final String REASON = "stack_limit";

    private StackLimit() {
    }

    /** {@code held + more} for the stack that {@code where} describes (its slot); refused when that would exceed {@link #MAX}. */
    public static int add(int held, int more, Map<String, Object> where) {
        if (more > MAX - held) {
            Map<String, Object> details = new HashMap<>(where);
            details.put("reason", REASON);
            details.put("max_stack", MAX);
            details.put("held", held);
            details.put("adding", more);
            throw new GameRuleException(RpgErrorCode.INVENTORY_FULL, "That stack cannot hold " + more + " more", details);
        }
        return held + more;
    }

    /** {@code a + b}, at most {@link #MAX}: for quantities the game rolls (loot) rather than a player asks for. */
    public static int capped(int a, int b) {
        return (int) Math.min((long) a + b, MAX);
    }

    /** Whether {@code refused} is a stack that would have exceeded {@link #MAX}. */
    public static boolean exceeded(GameRuleException refused) {
        return refused.code() == RpgErrorCode.INVENTORY_FULL && REASON.equals(refused.details().get("reason"));
    }
}
