package dev.realmforge.web.rpg;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.Payloads;
import dev.realmforge.web.rpg.wire.WireFormat;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One decoded client message on its way through a handler, with the means to answer it. */
record RpgRequest(RpgConnection connection, WireFormat format, Inbound.Message message) {

    private static final Logger LOG = Logger.getLogger(RpgRequest.class.getName());

    /** Binds the payload to {@code type}; a wrong shape fails with {@code onError}. */
    <T> T payloadAs(Class<T> type, RpgErrorCode onError) {
        if (!message.payload().isObject()) {
            throw new GameRuleException(onError, "Payload must be a map", Map.of("reason", "payload_not_a_map"));
        }
        ObjectMapper mapper = format == WireFormat.MSGPACK ? WireMappers.MSGPACK : WireMappers.JSON;
        try {
            return mapper.treeToValue(message.payload(), type);
        } catch (Exception e) {
            throw new GameRuleException(onError, "Payload fields have the wrong type",
                    Map.of("reason", "invalid_payload"));
        }
    }

    void reply(String type, Object payload) {
        connection.send(format, Envelope.reply(message.id(), type, payload));
    }

    /**
     * Answers with {@code resp_error} for a refused rule; safe to call from the tick thread. A code
     * outside rpg's vocabulary is a bug: it is logged and answered as an internal error, and the
     * tick goes on.
     */
    void refuse(GameRuleException refused) {
        RpgErrorCode code;
        try {
            code = RpgErrorCode.of(refused.code());
        } catch (IllegalArgumentException unknown) {
            String correlation = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "No rpg code for a refusal [correlation " + correlation + "]", unknown);
            connection.send(format, error(message.id(), RpgErrorCode.INTERNAL_SERVER_ERROR, "Internal server error",
                    Map.of("correlation_id", correlation)));
            return;
        }
        connection.send(format, error(message.id(), code, refused.getMessage(), refused.details()));
    }

    static Envelope error(String id, RpgErrorCode code, String text, Map<String, Object> details) {
        return Envelope.reply(id, dev.realmforge.web.rpg.wire.MessageType.RESP_ERROR,
                new Payloads.Error(code.name(), text, ItemWire.wireDetails(details)));
    }
}
