package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import dev.realmforge.engine.rpg.world.EnteredWorld;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.world.SessionService;
import dev.realmforge.engine.session.Admission;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code cmd_authenticate}: answers with {@code event_welcome} under the request's id, then sends
 * the system welcome line and {@code event_skills}. The sign-in first waits for its turn at the
 * {@link Admission} gate; one whose turn is too far away is refused with
 * {@code AUTHENTICATION_FAILED}, reason {@code server_busy}, and may try again on the same socket.
 */
@ApplicationScoped
class AuthenticateHandler implements RpgHandler {

    @Inject
    SessionService sessions;

    @Inject
    Admission admission;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.chat.welcome-message", defaultValue = "Welcome to the game!")
    String welcomeMessage;

    @Override
    public void handle(RpgRequest request) {
        RpgConnection connection = request.connection();
        if (connection.player() != null) {
            throw new GameRuleException(RpgErrorCode.AUTHENTICATION_FAILED, "Already authenticated",
                    Map.of("reason", "already_authenticated"));
        }
        Payloads.Authenticate payload = request.payloadAs(Payloads.Authenticate.class,
                RpgErrorCode.AUTHENTICATION_INVALID_PAYLOAD);
        connection.beginAuthentication();
        EnteredWorld entered;
        try {
            Admission.Admitted admitted = admission.enter().orElseThrow(() -> new GameRuleException(
                    RpgErrorCode.AUTHENTICATION_FAILED, "The server is busy; try again", Map.of("reason", "server_busy")));
            try (admitted) {
                entered = sessions.enterWorld(payload.token(), connection);
            }
        } catch (RuntimeException refused) {
            connection.abortAuthentication();
            throw refused;
        }
        OnlinePlayer player = entered.player();
        if (!connection.bind(player)) {
            connection.abortAuthentication();
            sessions.leaveWorld(player); // the socket closed while we were authenticating
            return;
        }
        request.reply(MessageType.EVENT_WELCOME, welcome(player));
        connection.completeAuthentication(List.of(
                ChatMessageEvent.system(welcomeMessage, clock.instant()),
                new SkillsEvent(entered.skills())));
    }

    private static Payloads.Welcome welcome(OnlinePlayer player) {
        Position at = player.position();
        return new Payloads.Welcome(player.playerId(), player.username(), at.x(), at.y(), at.mapId(),
                player.currentHp(), player.maxHp(), at.facing(), "idle");
    }
}
