package dev.realmforge.web.rpg;

import dev.realmforge.engine.session.OnlinePlayer;
import dev.realmforge.engine.session.SessionService;
import dev.realmforge.web.rpg.codec.JsonFrameDecoder;
import dev.realmforge.web.rpg.codec.JsonFrameEncoder;
import dev.realmforge.web.rpg.codec.MsgpackFrameDecoder;
import dev.realmforge.web.rpg.codec.MsgpackFrameEncoder;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.web.transport.FrameSenders;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rpg profile's socket. Text frames are JSON, binary frames MessagePack; both decode to the
 * same envelope and go through the same dispatcher.
 */
@ServerEndpoint(value = "/ws",
        decoders = {JsonFrameDecoder.class, MsgpackFrameDecoder.class},
        encoders = {JsonFrameEncoder.class, MsgpackFrameEncoder.class})
public class RpgEndpoint {

    private static final Logger LOG = Logger.getLogger(RpgEndpoint.class.getName());
    private static final String CONNECTION = RpgConnection.class.getName();

    @Inject
    RpgDispatcher dispatcher;

    @Inject
    RpgConnections connections;

    @Inject
    SessionService sessions;

    @Inject
    TransportMetrics transportMetrics;

    @Inject
    FrameSenders senders;

    @Inject
    @ConfigProperty(name = "realmforge.ws.outbound-queue-capacity", defaultValue = "256")
    int outboundCapacity;

    @OnOpen
    public void open(Session session) {
        RpgConnection connection = new RpgConnection(new OutboundQueue(session, outboundCapacity,
                transportMetrics::slowClientClosed, senders.executor()));
        session.getUserProperties().put(CONNECTION, connection);
        connections.opened(connection);
    }

    @OnMessage
    public void text(InboundFrame.Json frame, Session session) {
        dispatcher.dispatch(connection(session), frame);
    }

    @OnMessage
    public void binary(InboundFrame.Msgpack frame, Session session) {
        dispatcher.dispatch(connection(session), frame);
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
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
            connections.closed(connection);
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
