package dev.realmforge.engine.rpg.combat;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is fighting whom, owned by the tick. An engagement is one-sided (attacker to target); the
 * target strikes back by an engagement of its own, made automatically when it is hit while not
 * fighting. Each attacker strikes when its weapon's interval has passed; an engagement ends when
 * either side is gone, dead, on another map or more than one tile away, or the attacker moves.
 */
public final class Combat {

    /** Told about every swing and every death, on the tick thread. */
    public interface Listener {
        void struck(Fighter attacker, Fighter target, int damage);

        void died(Fighter victim, Fighter killer);
    }

    private static final class Engagement {
        final String targetKey;
        long nextStrikeNanos;

        Engagement(String targetKey, long nextStrikeNanos) {
            this.targetKey = targetKey;
            this.nextStrikeNanos = nextStrikeNanos;
        }
    }

    private final CombatRules rules;
    private final long combatTickNanos;
    private final Map<String, Engagement> engagements = new HashMap<>();
    private final Map<String, Long> lastFought = new HashMap<>();

    public Combat(CombatRules rules, long combatTickNanos) {
        this.rules = rules;
        this.combatTickNanos = combatTickNanos;
    }

    /**
     * Starts {@code attacker} fighting {@code target}; the first strike comes at this tick's combat
     * phase. Attacking the current target again changes nothing. Checked in this order: the target
     * is alive, the attacker is not fighting someone else, the target is in reach.
     */
    public void engage(Fighter attacker, Fighter target, long nowNanos) {
        if (!target.alive()) {
            throw new GameRuleException(RpgErrorCode.COMBAT_TARGET_NOT_FOUND, "Target does not exist",
                    Map.of("target_id", target.key()));
        }
        Engagement current = engagements.get(attacker.key());
        if (current != null && !current.targetKey.equals(target.key())) {
            throw new GameRuleException(RpgErrorCode.COMBAT_ALREADY_IN_COMBAT, "Already fighting another target",
                    Map.of("current_target_id", current.targetKey));
        }
        if (!attacker.mapId().equals(target.mapId()) || attacker.distanceTo(target) > 1) {
            throw new GameRuleException(RpgErrorCode.COMBAT_OUT_OF_RANGE, "Target too far away",
                    Map.of("target_id", target.key(), "max_distance", 1));
        }
        if (current == null) {
            engagements.put(attacker.key(), new Engagement(target.key(), nowNanos));
        }
    }

    /** Ends the attacker's engagement, if any (it moved, left or died). */
    public void disengage(String attackerKey) {
        engagements.remove(attackerKey);
    }

    /** Ends every engagement of {@code key}, as attacker or as target. */
    public void forget(String key) {
        engagements.remove(key);
        engagements.values().removeIf(e -> e.targetKey.equals(key));
        lastFought.remove(key);
    }

    public Optional<String> targetOf(String attackerKey) {
        return Optional.ofNullable(engagements.get(attackerKey)).map(e -> e.targetKey);
    }

    /** Whether {@code key} attacks or is attacked by anyone. */
    public boolean involved(String key) {
        return engagements.containsKey(key) || engagements.values().stream().anyMatch(e -> e.targetKey.equals(key));
    }

    /** The last time {@code key} struck or was struck; {@code Long.MIN_VALUE} if never. */
    public long lastFought(String key) {
        return lastFought.getOrDefault(key, Long.MIN_VALUE);
    }

    /** The combat phase of one tick: every attacker whose time has come strikes. */
    public void advance(long nowNanos, Function<String, Optional<Fighter>> lookup, Listener listener) {
        for (Map.Entry<String, Engagement> entry : new ArrayList<>(engagements.entrySet())) {
            Engagement engagement = entry.getValue();
            if (engagements.get(entry.getKey()) != engagement) {
                continue; // ended earlier in this phase
            }
            Optional<Fighter> attacker = lookup.apply(entry.getKey()).filter(Fighter::alive);
            Optional<Fighter> target = lookup.apply(engagement.targetKey).filter(Fighter::alive);
            if (attacker.isEmpty() || target.isEmpty() || !attacker.get().mapId().equals(target.get().mapId())
                    || attacker.get().distanceTo(target.get()) > 1) {
                engagements.remove(entry.getKey());
                continue;
            }
            if (nowNanos < engagement.nextStrikeNanos) {
                continue;
            }
            strike(attacker.get(), target.get(), engagement, nowNanos, listener);
        }
    }

    private void strike(Fighter attacker, Fighter target, Engagement engagement, long nowNanos, Listener listener) {
        int damage = rules.swing(attacker, target);
        int left = target.damage(damage);
        engagement.nextStrikeNanos = nowNanos + attacker.attackSpeedTicks() * combatTickNanos;
        lastFought.put(attacker.key(), nowNanos);
        lastFought.put(target.key(), nowNanos);
        listener.struck(attacker, target, damage);
        if (left <= 0) {
            forget(target.key());
            engagements.remove(attacker.key());
            listener.died(target, attacker);
            return;
        }
        if (!engagements.containsKey(target.key())) {
            // auto-retaliation: the target answers after half its own interval
            engagements.put(target.key(), new Engagement(attacker.key(),
                    nowNanos + target.attackSpeedTicks() * combatTickNanos / 2));
        }
    }

    /** Keys of everyone in an engagement (either side), for showing combat state. */
    public List<String> everyoneInvolved() {
        List<String> keys = new ArrayList<>(engagements.keySet());
        engagements.values().forEach(e -> keys.add(e.targetKey));
        return keys;
    }
}
