package dev.realmforge.it.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.web.codec.FrameRead;
import dev.realmforge.web.codec.FrameReader;
import dev.realmforge.web.codec.StrictScalars;
import dev.realmforge.web.transport.ConnectionTimers;
import dev.realmforge.web.transport.Connections;
import dev.realmforge.web.transport.FrameSenders;
import dev.realmforge.web.transport.OutboundLimits;
import dev.realmforge.web.transport.OutboundQueue;
import dev.realmforge.web.transport.TransportMetrics;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stand-in profile's socket, {@code /standin/ws}: one JSON object per text frame, read with the
 * core's {@link FrameReader}, answered through the core's outbound queue. The protocol is in
 * {@code package-info.java}. A socket that has not signed in within {@link #SIGN_IN_WITHIN} is closed.
 */
@ServerEndpoint(value = "/standin/ws", encoders = StandinFrame.TextEncoder.class)
public class StandinEndpoint {

    static final int MAX_FRAME_BYTES = 4096;
    static final Duration SIGN_IN_WITHIN = Duration.ofSeconds(10);
    private static final OutboundLimits LIMITS = new OutboundLimits(64, 64 * 1024);

    private static final Logger LOG = Logger.getLogger(StandinEndpoint.class.getName());
    private static final String CONNECTION = StandinConnection.class.getName();
    private static final String DEADLINE = CONNECTION + ".sign-in-by";
    private static final FrameReader READER = new FrameReader(StrictScalars.apply(new ObjectMapper()), MAX_FRAME_BYTES);

    @Inject
    StandinSessions sessions;

    @Inject
    Connections connections;

    @Inject
    TransportMetrics transportMetrics;

    @Inject
    FrameSenders senders;

    @Inject
    ConnectionTimers timers;

    @OnOpen
    public void open(Session session) {
        // frames above the reader's limit still reach it, to be refused with an answer, not a close
        session.setMaxTextMessageBufferSize(16 * MAX_FRAME_BYTES);
        StandinConnection connection = new StandinConnection(new OutboundQueue(session, LIMITS,
                transportMetrics.of(StandinSessions.PROFILE), senders.executor()));
        session.getUserProperties().put(CONNECTION, connection);
        session.getUserProperties().put(DEADLINE, timers.after(SIGN_IN_WITHIN, connection::closeIfNotSignedIn));
        connections.opened(StandinSessions.PROFILE, connection);
    }

    @OnMessage
    public void text(String frame, Session session) {
        StandinConnection connection = connection(session);
        FrameRead read = READER.read(frame);
        if (read instanceof FrameRead.TooLarge) {
            connection.send(refused(null, "frame_too_large"));
            return;
        }
        if (!(read instanceof FrameRead.Tree tree) || tree.root() == null || !tree.root().isObject()) {
            connection.send(refused(null, "malformed"));
            return;
        }
        JsonNode message = tree.root();
        String id = message.path("id").isTextual() ? message.path("id").textValue() : null;
        try {
            switch (message.path("op").asText("")) {
                case "sign_in" -> signIn(connection, id, message.path("token"));
                case "ping" -> ping(connection, id);
                default -> connection.send(refused(id, "unknown_op"));
            }
        } catch (RuntimeException e) {
            String correlation = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Stand-in request failed, correlation id " + correlation, e);
            Map<String, Object> failed = reply("error", id);
            failed.put("correlation_id", correlation);
            connection.send(failed);
        }
    }

    private void signIn(StandinConnection connection, String id, JsonNode token) {
        if (connection.session() != null) {
            connection.send(refused(id, "already_signed_in"));
            return;
        }
        StandinSession session;
        try {
            session = sessions.signIn(token.isTextual() ? token.textValue() : null, connection);
        } catch (GameRuleException refusal) {
            connection.send(refused(id, refusal.code().name().toLowerCase(Locale.ROOT)));
            return;
        }
        if (!connection.bind(session)) {
            sessions.leave(session); // the socket closed while signing in
            return;
        }
        Map<String, Object> signedIn = reply("signed_in", id);
        signedIn.put("account_id", session.accountId());
        signedIn.put("username", session.username());
        connection.send(signedIn);
    }

    private void ping(StandinConnection connection, String id) {
        StandinSession session = connection.session();
        if (session == null) {
            connection.send(refused(id, "not_signed_in"));
            return;
        }
        Map<String, Object> pong = reply("pong", id);
        pong.put("username", session.username());
        pong.put("live", sessions.isLive(session));
        pong.put("sessions_of_account", sessions.sessionsOfAccount(session.accountId()));
        connection.send(pong);
    }

    private static Map<String, Object> reply(String op, String id) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("op", op);
        reply.put("id", id);
        return reply;
    }

    private static Map<String, Object> refused(String id, String reason) {
        Map<String, Object> refused = reply("refused", id);
        refused.put("reason", reason);
        return refused;
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (session.getUserProperties().get(DEADLINE) instanceof ScheduledFuture<?> deadline) {
            deadline.cancel(false);
        }
        StandinConnection connection = connection(session);
        if (connection == null) {
            return;
        }
        try {
            StandinSession signedIn = connection.markClosed();
            if (signedIn != null) {
                sessions.leave(signedIn);
            }
        } finally {
            connections.closed(StandinSessions.PROFILE, connection);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "WebSocket error on stand-in session " + session.getId(), failure);
    }

    private static StandinConnection connection(Session session) {
        return (StandinConnection) session.getUserProperties().get(CONNECTION);
    }
}
