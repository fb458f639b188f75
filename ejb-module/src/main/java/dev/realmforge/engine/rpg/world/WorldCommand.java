package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.map.Direction;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A change to hot world state, queued by a network thread and applied by the tick in arrival
 * order. Callbacks run on the tick thread and must not block (replies are queued, not sent).
 */
public sealed interface WorldCommand {

    /** One step; exactly one of the callbacks runs. */
    record Move(OnlinePlayer player, Direction direction, Consumer<MovementRules.Step> onMoved,
                Consumer<GameRuleException> onRefused) implements WorldCommand {
    }

    /**
     * An attack on {@code targetKey} ("npc_3", "player_12") of kind {@code targetType} ("npc" or
     * "player"); exactly one of the callbacks runs, {@code onStarted} with the target.
     */
    record Attack(OnlinePlayer player, String targetKey, String targetType,
                  Consumer<dev.realmforge.engine.rpg.combat.Fighter> onStarted,
                  Consumer<GameRuleException> onRefused) implements WorldCommand {
    }

    /** A staff move of a player to an already validated position; {@code done} completes once applied. */
    record Place(OnlinePlayer player, Position position, CompletableFuture<Void> done) implements WorldCommand {
    }
}
