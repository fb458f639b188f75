package dev.realmforge.it.standin;

import dev.realmforge.engine.event.AccountBannedEvent;
import dev.realmforge.engine.event.GameEvent;
import dev.realmforge.engine.event.ServerShutdownEvent;
import dev.realmforge.engine.event.SessionReplacedEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.web.transport.FrameSink;
import dev.realmforge.web.transport.LiveConnection;
import jakarta.websocket.CloseReason;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One stand-in WebSocket connection: the engine's {@link PlayerLink} (events and closes) and the
 * transport's {@link LiveConnection} (shutdown and queue gauges), over the shared outbound queue.
 * Holds its session once signed in. The translator is here: the stand-in has no events of its own,
 * only the core's three.
 */
final class StandinConnection implements PlayerLink, LiveConnection {

    static final int CLOSE_SESSION_REPLACED = 4001;
    static final int CLOSE_BANNED = 4003;
    static final String SIGN_IN_TIMEOUT = "sign_in_timeout";

    private static final Logger LOG = Logger.getLogger(StandinConnection.class.getName());

    private final FrameSink outbound;
    private StandinSession session;
    private boolean closed;

    StandinConnection(FrameSink outbound) {
        this.outbound = outbound;
    }

    synchronized StandinSession session() {
        return session;
    }

    /** Attaches the signed-in session; false when the socket has already closed. */
    synchronized boolean bind(StandinSession signedIn) {
        if (closed) {
            return false;
        }
        session = signedIn;
        return true;
    }

    /** Marks the socket closed and returns the session that must leave, if any. */
    synchronized StandinSession markClosed() {
        closed = true;
        return session;
    }

    void send(Map<String, ?> message) {
        outbound.offer(new StandinFrame(message));
    }

    @Override
    public void deliver(GameEvent event) {
        if (event instanceof SessionReplacedEvent replaced) {
            send(told("session_replaced", replaced.message(), replaced.at()));
        } else if (event instanceof AccountBannedEvent banned) {
            send(told("banned", banned.message(), banned.at()));
        } else if (event instanceof ServerShutdownEvent shutdown) {
            send(told("server_shutdown", shutdown.message(), shutdown.at()));
        } else {
            LOG.warning(() -> "The stand-in profile has no message for " + event.getClass().getName() + "; not sent");
        }
    }

    private static Map<String, Object> told(String op, String message, Instant at) {
        Map<String, Object> told = new LinkedHashMap<>();
        told.put("op", op);
        told.put("message", message);
        told.put("at", at.toEpochMilli());
        return told;
    }

    @Override
    public void close(DisconnectReason reason) {
        outbound.closeAfterDrain(switch (reason) {
            case SESSION_REPLACED -> new CloseReason(CloseReason.CloseCodes.getCloseCode(CLOSE_SESSION_REPLACED),
                    "session_replaced");
            case BANNED -> new CloseReason(CloseReason.CloseCodes.getCloseCode(CLOSE_BANNED), "banned");
            case SERVER_SHUTDOWN -> new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server_shutdown");
        });
    }

    /** The sign-in deadline passed: a socket still without a session is closed with 1008. */
    void closeIfNotSignedIn() {
        synchronized (this) {
            if (closed || session != null) {
                return;
            }
        }
        outbound.closeAfterDrain(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, SIGN_IN_TIMEOUT));
    }

    @Override
    public void serverShutdown(String message, Instant at) {
        deliver(new ServerShutdownEvent(message, at));
        close(DisconnectReason.SERVER_SHUTDOWN);
    }

    @Override
    public int queuedFrames() {
        return outbound.size();
    }
}
