package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.world.WorldCommand;
import dev.realmforge.engine.rpg.world.WorldInputs;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/**
 * {@code cmd_attack}: the target type is checked here; the tick looks the target up, checks range
 * and whether the player already fights someone else, and answers when it applies the command.
 */
@ApplicationScoped
class AttackHandler implements RpgHandler {

    private static final Set<String> TYPES = Set.of("npc", "player");

    @Inject
    WorldInputs inputs;

    @Override
    public void handle(RpgRequest request) {
        Payloads.Attack payload = request.payloadAs(Payloads.Attack.class, RpgErrorCode.COMBAT_INVALID_TARGET);
        if (payload.targetType() == null || !TYPES.contains(payload.targetType())) {
            throw new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET, "target_type must be npc or player",
                    Map.of("target_type", String.valueOf(payload.targetType())));
        }
        if (payload.targetId() == null) {
            throw new GameRuleException(RpgErrorCode.COMBAT_TARGET_NOT_FOUND, "target_id is missing",
                    Map.of("reason", "missing_target_id"));
        }
        OnlinePlayer player = request.connection().player();
        boolean queued = inputs.submit(new WorldCommand.Attack(player, payload.targetId(), payload.targetType(),
                target -> request.reply(MessageType.RESP_SUCCESS, new Payloads.AttackStarted(true,
                        new Payloads.CombatTarget(target.key(), target.name(), target.currentHp(), target.maxHp()))),
                request::refuse));
        if (!queued) {
            throw new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET, "The world is busy; try again",
                    Map.of("reason", "server_busy"));
        }
    }
}
