package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.chat.ChatChannel;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.persistence.account.Role;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.wire.Payloads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RpgDispatcherTest {

    private static final Logger DISPATCHER_LOG = Logger.getLogger(RpgDispatcher.class.getName());

    private final RecordingFrameSink sink = new RecordingFrameSink();
    private final RpgConnection connection = new RpgConnection(sink);
    private final List<RpgRequest> authCalls = new ArrayList<>();
    private final List<RpgRequest> chatCalls = new ArrayList<>();
    private Consumer<RpgRequest> chatBehaviour = request -> request.reply(MessageType.RESP_SUCCESS, Map.of());
    private RpgDispatcher dispatcher;
    private Level savedLevel;

    @BeforeEach
    void setUp() {
        savedLevel = DISPATCHER_LOG.getLevel();
        DISPATCHER_LOG.setLevel(Level.OFF); // the internal-error test logs a stack trace on purpose
        dispatcher = new RpgDispatcher();
        dispatcher.authenticate = new AuthenticateHandler() {
            @Override
            public void handle(RpgRequest request) {
                authCalls.add(request);
            }
        };
        dispatcher.chatSend = new ChatSendHandler() {
            @Override
            public void handle(RpgRequest request) {
                chatCalls.add(request);
                chatBehaviour.accept(request);
            }
        };
        dispatcher.queryChunks = new QueryChunksHandler();
        dispatcher.move = new MoveHandler();
        dispatcher.queryInventory = new QueryInventoryHandler();
        dispatcher.inventoryUse = new InventoryUseHandler();
        dispatcher.inventoryDrop = new InventoryDropHandler();
        dispatcher.queryEquipment = new QueryEquipmentHandler();
        dispatcher.equip = new EquipHandler();
        dispatcher.unequip = new UnequipHandler();
        dispatcher.pickup = new PickupHandler();
        dispatcher.attack = new AttackHandler();
        dispatcher.init();
    }

    @AfterEach
    void restoreLogging() {
        DISPATCHER_LOG.setLevel(savedLevel);
    }

    private void authenticate() {
        OnlinePlayer alice = new OnlinePlayer(1, 11, "alice", Role.PLAYER, connection,
                new Position("world", 0, 0, "south"), 10, dev.realmforge.engine.rpg.skill.Experience.starting(), dev.realmforge.engine.rpg.session.Pacing.DEFAULT);
        assertThat(connection.bind(alice)).isTrue();
    }

    private static Inbound.Message message(String id, String type, String version) {
        return new Inbound.Message(id, type, WireMappers.JSON.createObjectNode(), version);
    }

    private static Inbound.Message chat(String id) {
        return message(id, MessageType.CMD_CHAT_SEND, "2.0");
    }

    /** The single frame sent so far, as a resp_error with the given id and code. */
    private Payloads.Error onlyError(String id, RpgErrorCode code) {
        assertThat(sink.frames).hasSize(1);
        Envelope envelope = sink.last().envelope();
        assertThat(envelope.type()).isEqualTo(MessageType.RESP_ERROR);
        assertThat(envelope.id()).isEqualTo(id);
        assertThat(envelope.version()).isEqualTo("2.0");
        assertThat(envelope.payload()).isInstanceOf(Payloads.Error.class);
        Payloads.Error error = (Payloads.Error) envelope.payload();
        assertThat(error.errorCode()).isEqualTo(code.name());
        return error;
    }

    @Test
    void malformedFrameIsAnsweredWithInvalidMessageFormatEchoingTheId() {
        dispatcher.dispatch(connection, new InboundFrame.Json(
                new Inbound.Malformed("r7", "invalid_type", "Field 'type' must be a string")));

        Payloads.Error error = onlyError("r7", RpgErrorCode.INVALID_MESSAGE_FORMAT);
        assertThat(error.details()).containsEntry("reason", "invalid_type");
        assertThat(sink.last()).isInstanceOf(EncodedFrame.Text.class);
    }

    @Test
    void malformedFrameWithoutIdIsAnsweredWithNullId() {
        dispatcher.dispatch(connection, new InboundFrame.Json(new Inbound.Malformed(null, "unparseable", "bad")));

        onlyError(null, RpgErrorCode.INVALID_MESSAGE_FORMAT);
    }

    @Test
    void majorVersionThreeIsAVersionMismatch() {
        authenticate();

        dispatcher.dispatch(connection, new InboundFrame.Json(message("r1", MessageType.CMD_CHAT_SEND, "3.0")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.PROTOCOL_VERSION_MISMATCH);
        assertThat(error.details()).containsEntry("supported", "2.0").containsEntry("received", "3.0");
        assertThat(chatCalls).isEmpty();
    }

    @Test
    void unknownTypeIsAnsweredWithUnknownMessageType() {
        authenticate();

        dispatcher.dispatch(connection, new InboundFrame.Json(message("r1", "cmd_dance", "2.0")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.UNKNOWN_MESSAGE_TYPE);
        assertThat(error.details()).containsEntry("type", "cmd_dance");
    }

    @Test
    void chatBeforeAuthenticationIsRefusedWithoutCallingTheHandler() {
        dispatcher.dispatch(connection, new InboundFrame.Json(chat("r1")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.AUTHENTICATION_FAILED);
        assertThat(error.details()).containsEntry("reason", "not_authenticated");
        assertThat(chatCalls).isEmpty();
    }

    @Test
    void authenticateIsDispatchedBeforeAuthentication() {
        dispatcher.dispatch(connection, new InboundFrame.Json(message("r1", MessageType.CMD_AUTHENTICATE, null)));

        assertThat(authCalls).hasSize(1);
        assertThat(authCalls.get(0).message().id()).isEqualTo("r1");
        assertThat(sink.frames).isEmpty();
    }

    @Test
    void authenticatedChatReachesTheHandlerAndItsReplyEchoesTheId() {
        authenticate();

        dispatcher.dispatch(connection, new InboundFrame.Json(chat("r1")));

        assertThat(chatCalls).hasSize(1);
        assertThat(sink.frames).hasSize(1);
        assertThat(sink.last().envelope().type()).isEqualTo(MessageType.RESP_SUCCESS);
        assertThat(sink.last().envelope().id()).isEqualTo("r1");
    }

    @Test
    void gameRuleExceptionBecomesAnErrorWithItsCodeMessageAndDetails() {
        authenticate();
        chatBehaviour = request -> {
            throw new GameRuleException(RpgErrorCode.CHAT_RATE_LIMITED, "Sending messages too fast",
                    Map.of("retry_after_ms", 600L));
        };

        dispatcher.dispatch(connection, new InboundFrame.Json(chat("r1")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.CHAT_RATE_LIMITED);
        assertThat(error.message()).isEqualTo("Sending messages too fast");
        assertThat(error.details()).isEqualTo(Map.of("retry_after_ms", 600L));
    }

    @Test
    void unexpectedExceptionBecomesAnInternalErrorWithACorrelationIdAndNoInternals() {
        authenticate();
        chatBehaviour = request -> {
            throw new IllegalStateException("connection pool exhausted at db-7");
        };

        dispatcher.dispatch(connection, new InboundFrame.Json(chat("r1")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(error.message()).doesNotContain("connection pool").doesNotContain("db-7");
        assertThat(error.details()).containsOnlyKeys("correlation_id");
        assertThat(UUID.fromString((String) error.details().get("correlation_id"))).isNotNull();
    }

    @Test
    void aRuleCodeOutsideRpgsVocabularyIsAnsweredAsAnInternalErrorNotSilence() {
        authenticate();
        dev.realmforge.engine.error.RuleCode foreign = () -> "SOME_OTHER_PROFILES_CODE";
        chatBehaviour = request -> {
            throw new GameRuleException(foreign, "not rpg's");
        };

        dispatcher.dispatch(connection, new InboundFrame.Json(chat("r1")));

        Payloads.Error error = onlyError("r1", RpgErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(error.details()).containsOnlyKeys("correlation_id");
    }

    @Test
    void msgpackFrameIsAnsweredInMsgpack() {
        dispatcher.dispatch(connection, new InboundFrame.Msgpack(chat("r1")));

        assertThat(sink.last()).isInstanceOf(EncodedFrame.Binary.class);
        onlyError("r1", RpgErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void handlerReplyToAMsgpackFrameIsMsgpack() {
        authenticate();

        dispatcher.dispatch(connection, new InboundFrame.Msgpack(chat("r1")));

        assertThat(chatCalls.get(0).format()).isEqualTo(dev.realmforge.web.rpg.wire.WireFormat.MSGPACK);
        assertThat(sink.last()).isInstanceOf(EncodedFrame.Binary.class);
    }

    @Test
    void eventsFollowTheFormatOfTheLastFrameReceived() {
        dispatcher.dispatch(connection, new InboundFrame.Msgpack(new Inbound.Malformed(null, "unparseable", "bad")));

        connection.deliver(new ChatMessageEvent("bob", "hi", ChatChannel.LOCAL, Instant.parse("2024-02-01T12:00:00Z")));

        assertThat(sink.last()).isInstanceOf(EncodedFrame.Binary.class);
        assertThat(sink.last().envelope().type()).isEqualTo(MessageType.EVENT_CHAT_MESSAGE);
        assertThat(sink.last().envelope().id()).isNull();
    }
}
