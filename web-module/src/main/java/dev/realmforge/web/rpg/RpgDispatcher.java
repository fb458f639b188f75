package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.web.rpg.wire.MessageType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The message-type to handler table and the checks every message passes first, in this order:
 * well-formed envelope, compatible version, known type, authenticated (except cmd_authenticate).
 * Every failure is answered with {@code resp_error}; none closes the session.
 */
@ApplicationScoped
public class RpgDispatcher {

    private static final Logger LOG = Logger.getLogger(RpgDispatcher.class.getName());

    @Inject
    AuthenticateHandler authenticate;

    @Inject
    ChatSendHandler chatSend;

    @Inject
    QueryChunksHandler queryChunks;

    @Inject
    MoveHandler move;

    @Inject
    QueryInventoryHandler queryInventory;

    @Inject
    InventoryUseHandler inventoryUse;

    @Inject
    InventoryDropHandler inventoryDrop;

    @Inject
    QueryEquipmentHandler queryEquipment;

    @Inject
    EquipHandler equip;

    @Inject
    UnequipHandler unequip;

    @Inject
    PickupHandler pickup;

    @Inject
    AttackHandler attack;

    private Map<String, RpgHandler> handlers;

    @PostConstruct
    void init() {
        handlers = Map.ofEntries(
                Map.entry(MessageType.CMD_AUTHENTICATE, authenticate),
                Map.entry(MessageType.CMD_CHAT_SEND, chatSend),
                Map.entry(MessageType.QUERY_CHUNKS, queryChunks),
                Map.entry(MessageType.CMD_MOVE, move),
                Map.entry(MessageType.QUERY_INVENTORY, queryInventory),
                Map.entry(MessageType.CMD_INVENTORY_USE, inventoryUse),
                Map.entry(MessageType.CMD_INVENTORY_DROP, inventoryDrop),
                Map.entry(MessageType.QUERY_EQUIPMENT, queryEquipment),
                Map.entry(MessageType.CMD_EQUIPMENT_EQUIP, equip),
                Map.entry(MessageType.CMD_EQUIPMENT_UNEQUIP, unequip),
                Map.entry(MessageType.CMD_PICKUP_ITEM, pickup),
                Map.entry(MessageType.CMD_ATTACK, attack));
    }

    void dispatch(RpgConnection connection, InboundFrame frame) {
        connection.noteFormat(frame.format());
        Inbound inbound = frame.content();
        if (inbound instanceof Inbound.Malformed bad) {
            Map<String, Object> details = new HashMap<>(bad.details());
            details.put("reason", bad.reason());
            refuse(connection, frame, RpgErrorCode.INVALID_MESSAGE_FORMAT, bad.message(), details);
            return;
        }
        Inbound.Message message = (Inbound.Message) inbound;
        if (!ProtocolVersion.compatible(message.version())) {
            refuse(connection, frame, RpgErrorCode.PROTOCOL_VERSION_MISMATCH, "Protocol version not supported",
                    Map.of("supported", ProtocolVersion.SUPPORTED, "received", message.version()));
            return;
        }
        RpgHandler handler = handlers.get(message.type());
        if (handler == null) {
            refuse(connection, frame, RpgErrorCode.UNKNOWN_MESSAGE_TYPE, "Unknown message type",
                    Map.of("type", message.type()));
            return;
        }
        if (handler != authenticate && connection.player() == null) {
            refuse(connection, frame, RpgErrorCode.AUTHENTICATION_FAILED, "Authenticate first",
                    Map.of("reason", "not_authenticated"));
            return;
        }
        RpgRequest request = new RpgRequest(connection, frame.format(), message);
        try {
            try {
                handler.handle(request);
            } catch (GameRuleException rule) {
                // a code outside rpg's vocabulary is a bug: it fails over to the internal error below
                refuse(connection, frame, RpgErrorCode.of(rule.code()), rule.getMessage(), rule.details());
            }
        } catch (RuntimeException unexpected) {
            String correlation = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure handling " + message.type() + " [correlation " + correlation + "]",
                    unexpected);
            refuse(connection, frame, RpgErrorCode.INTERNAL_SERVER_ERROR, "Internal server error",
                    Map.of("correlation_id", correlation));
        }
    }

    private static void refuse(RpgConnection connection, InboundFrame frame, RpgErrorCode code, String text,
                               Map<String, Object> details) {
        connection.send(frame.format(), RpgRequest.error(frame.content().id(), code, text, details));
    }
}
