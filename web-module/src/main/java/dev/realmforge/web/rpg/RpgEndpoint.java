package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.world.SessionService;
import dev.realmforge.web.rpg.codec.JsonFrameDecoder;
import dev.realmforge.web.rpg.codec.JsonFrameEncoder;
import dev.realmforge.web.rpg.codec.MsgpackFrameDecoder;
import dev.realmforge.web.rpg.codec.MsgpackFrameEncoder;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.web.transport.ConnectionTimers;
import dev.realmforge.web.transport.IdleTimeouts;
import dev.realmforge.web.transport.Connections;
import dev.realmforge.web.transport.FrameSenders;
import dev.realmforge.web.transport.OutboundLimits;
import dev.realmforge.web.transport.OutboundQueue;
import dev.realmforge.web.transport.TransportMetrics;
import dev.realmforge.web.transport.SharedEndpointConfigurator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rpg profile's socket. Text frames are JSON, binary frames MessagePack; both decode to the
 * same envelope and go through the same dispatcher. A socket that has not authenticated within
 * {@code realmforge.ws.authenticate-timeout-seconds} is closed with 1008; a message over
 * {@code realmforge.ws.container-max-frame-bytes} is refused by the container itself (1009), far above
 * the application's own limit, below which an oversize frame is answered and the session goes on.
 */
@ServerEndpoint(value = "/ws",
        decoders = {JsonFrameDecoder.class, MsgpackFrameDecoder.class},
        encoders = {JsonFrameEncoder.class, MsgpackFrameEncoder.class},
        configurator = SharedEndpointConfigurator.class)
@ApplicationScoped // one instance for every connection: a connection's state is in its session
public class RpgEndpoint {

    private static final Logger LOG = Logger.getLogger(RpgEndpoint.class.getName());
    private static final String CONNECTION = RpgConnection.class.getName();
    private static final String DEADLINE = CONNECTION + ".authenticate-by";

    @Inject
    RpgDispatcher dispatcher;

    @Inject
    Connections connections;

    @Inject
    SessionService sessions;

    @Inject
    TransportMetrics transportMetrics;

    @Inject
    FrameSenders senders;

    @Inject
    ConnectionTimers timers;

    @Inject
    IdleTimeouts idleTimeouts;

    @Inject
    @ConfigProperty(name = "realmforge.ws.outbound-queue-capacity", defaultValue = "256")
    int outboundCapacity;

    @Inject
    @ConfigProperty(name = "realmforge.ws.outbound-queue-max-bytes", defaultValue = "1048576")
    long outboundMaxBytes;

    @Inject
    @ConfigProperty(name = "realmforge.ws.authenticate-timeout-seconds", defaultValue = "10")
    int authenticateTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "realmforge.ws.container-max-frame-bytes", defaultValue = "1048576")
    int containerMaxFrameBytes;

    @OnOpen
    public void open(Session session) {
        idleTimeouts.adopt(session);
        session.setMaxTextMessageBufferSize(containerMaxFrameBytes);
        session.setMaxBinaryMessageBufferSize(containerMaxFrameBytes);
        RpgConnection connection = new RpgConnection(new OutboundQueue(session,
                new OutboundLimits(outboundCapacity, outboundMaxBytes), transportMetrics.of(OnlinePlayers.PROFILE),
                senders.executor()));
        session.getUserProperties().put(CONNECTION, connection);
        session.getUserProperties().put(DEADLINE, timers.after(Duration.ofSeconds(authenticateTimeoutSeconds),
                connection::closeIfNotAuthenticated));
        connections.opened(OnlinePlayers.PROFILE, connection);
    }

    @OnMessage
    public void text(InboundFrame.Json frame, Session session) {
        receive(frame, session);
    }

    @OnMessage
    public void binary(InboundFrame.Msgpack frame, Session session) {
        receive(frame, session);
    }

    /**
     * The container checks its message limit only on messages that arrive in fragments; a single
     * frame over it reaches the decoder, which measured it, and gets the same 1009 here.
     */
    private void receive(InboundFrame frame, Session session) {
        if (frame.content() instanceof Inbound.Malformed bad && bad.sizeBytes() > containerMaxFrameBytes) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "message too big"));
            } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "Close failed on session " + session.getId(), e);
            }
            return;
        }
        dispatcher.dispatch(connection(session), frame);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (session.getUserProperties().get(DEADLINE) instanceof ScheduledFuture<?> deadline) {
            deadline.cancel(false);
        }
        RpgConnection connection = connection(session);
        if (connection == null) {
            return;
        }
        try {
            OnlinePlayer player = connection.markClosed();
            if (player != null) {
                sessions.leaveWorld(player);
            }
        } finally {
            connections.closed(OnlinePlayers.PROFILE, connection);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "WebSocket error on session " + session.getId(), failure);
    }

    private static RpgConnection connection(Session session) {
        return (RpgConnection) session.getUserProperties().get(CONNECTION);
    }
}
