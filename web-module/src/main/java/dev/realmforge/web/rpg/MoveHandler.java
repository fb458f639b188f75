package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Direction;
import dev.realmforge.engine.rpg.world.MovementRules;
import dev.realmforge.engine.rpg.world.WorldCommand;
import dev.realmforge.engine.rpg.world.WorldInputs;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code cmd_move}: the direction and the move cooldown are checked here, on the connection's
 * thread; the step itself is handed to the world, which applies and answers it at once when the zone
 * is free, or as soon as the tick lets go. Every accepted
 * attempt starts the cooldown, including one the tick then refuses (no probing walls at speed).
 */
@ApplicationScoped
class MoveHandler implements RpgHandler {

    @Inject
    WorldInputs inputs;

    @Inject
    Clock clock;

    @Override
    public void handle(RpgRequest request) {
        Payloads.Move payload = request.payloadAs(Payloads.Move.class, RpgErrorCode.MOVEMENT_INVALID_DIRECTION);
        Direction direction = Direction.parse(payload.direction());
        OnlinePlayer player = request.connection().player();
        Instant now = clock.instant();
        Duration wait = player.moveCooldown().remaining(now);
        if (!wait.isZero()) {
            throw new GameRuleException(RpgErrorCode.MOVEMENT_RATE_LIMITED, "Moving too fast",
                    Map.of("retry_after_ms", Math.max(1, wait.toMillis())));
        }
        player.moveCooldown().start(now);
        boolean queued = inputs.submit(new WorldCommand.Move(player, direction,
                step -> request.reply(MessageType.RESP_SUCCESS, moved(step, player.playerId(), clock.instant())),
                request::refuse));
        if (!queued) {
            throw new GameRuleException(RpgErrorCode.MOVEMENT_RATE_LIMITED, "The world is busy; try again",
                    Map.of("reason", "server_busy"));
        }
    }

    private static Payloads.Moved moved(MovementRules.Step step, long playerId, Instant at) {
        return new Payloads.Moved(
                new Payloads.PlaceOf(step.to().x(), step.to().y(), step.to().mapId(), playerId, EventTranslator.seconds(at)),
                new Payloads.Place(step.from().x(), step.from().y(), step.from().mapId()),
                false);
    }
}
