package dev.realmforge.web.rpg;

import dev.realmforge.engine.event.GameEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import dev.realmforge.web.rpg.wire.WireFormat;
import dev.realmforge.engine.event.ServerShutdownEvent;
import dev.realmforge.web.transport.FrameSink;
import dev.realmforge.web.transport.LiveConnection;
import java.time.Instant;
import jakarta.websocket.CloseReason;
import java.util.ArrayList;
import java.util.List;

/**
 * One rpg WebSocket connection. Replies go out in the format of the frame they answer; events in
 * the format of the last frame the client sent. Holds the authenticated player once there is one.
 * Engine events that arrive while authentication is still answering are held back, so the client
 * always sees event_welcome, the greeting and its skills first.
 */
final class RpgConnection implements PlayerLink, LiveConnection {

    /** Application close code (4000-4999 range) for a session taken over by a newer login. */
    static final int CLOSE_SESSION_REPLACED = 4001;
    /** Reason text of the close (1008) of a socket that did not authenticate in time. */
    static final String AUTHENTICATION_TIMEOUT = "authentication timeout";
    /** Application close code for an account banned while connected. */
    static final int CLOSE_BANNED = 4003;

    private final FrameSink outbound;
    private volatile WireFormat eventFormat = WireFormat.JSON;
    private volatile OnlinePlayer player;
    private boolean closed;
    /** Events held while an authentication is being answered; null otherwise. */
    private List<GameEvent> held;

    RpgConnection(FrameSink outbound) {
        this.outbound = outbound;
    }

    void noteFormat(WireFormat format) {
        this.eventFormat = format;
    }

    OnlinePlayer player() {
        return player;
    }

    /** Attaches the authenticated player; false when the socket has already closed. */
    synchronized boolean bind(OnlinePlayer authenticated) {
        if (closed) {
            return false;
        }
        this.player = authenticated;
        return true;
    }

    /** Marks the socket closed and returns the player that must leave the world, if any. */
    synchronized OnlinePlayer markClosed() {
        closed = true;
        return player;
    }

    void send(WireFormat format, Envelope envelope) {
        outbound.offer(EncodedFrame.of(format, envelope));
    }

    @Override
    public void deliver(GameEvent event) {
        synchronized (this) {
            if (held != null) {
                held.add(event);
                return;
            }
        }
        send(eventFormat, EventTranslator.toEnvelope(event));
    }

    /** From now until {@link #completeAuthentication} or {@link #abortAuthentication}, events wait. */
    synchronized void beginAuthentication() {
        held = new ArrayList<>();
    }

    /**
     * Sends the first events of a fresh session, in order, then whatever was held back meanwhile.
     * Call after the welcome reply has been queued.
     */
    void completeAuthentication(List<GameEvent> firstEvents) {
        firstEvents.forEach(event -> send(eventFormat, EventTranslator.toEnvelope(event)));
        abortAuthentication();
    }

    /** Stops holding events and sends those held so far. */
    void abortAuthentication() {
        List<GameEvent> meanwhile;
        synchronized (this) {
            meanwhile = held;
            held = null;
        }
        if (meanwhile != null) {
            meanwhile.forEach(this::deliver);
        }
    }

    @Override
    public void close(DisconnectReason reason) {
        outbound.closeAfterDrain(switch (reason) {
            case SESSION_REPLACED -> new CloseReason(CloseReason.CloseCodes.getCloseCode(CLOSE_SESSION_REPLACED),
                    "session replaced by a newer login");
            case SERVER_SHUTDOWN -> new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server shutting down");
            case BANNED -> new CloseReason(CloseReason.CloseCodes.getCloseCode(CLOSE_BANNED), "account banned");
        });
    }

    /** The authentication deadline passed: a socket still without a player is closed with 1008. */
    void closeIfNotAuthenticated() {
        synchronized (this) {
            if (closed || player != null) {
                return;
            }
        }
        outbound.closeAfterDrain(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, AUTHENTICATION_TIMEOUT));
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
