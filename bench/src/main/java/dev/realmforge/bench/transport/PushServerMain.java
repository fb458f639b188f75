package dev.realmforge.bench.transport;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.server.Server;

/**
 * The bare transport: Tyrus on Grizzly, no application server and no game. Every connection to
 * {@code /push} receives a binary frame of {@code frame-bytes} bytes {@code frames-per-second}
 * times a second, sent asynchronously from one thread as a game's senders would; the first eight
 * bytes are the wall-clock time it was sent, in microseconds, so the client can tell its age.
 * Usage: {@code PushServerMain port frame-bytes frames-per-second}. Runs until killed.
 */
public final class PushServerMain {

    private static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();

    private PushServerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int frameBytes = Math.max(8, Integer.parseInt(args[1]));
        int framesPerSecond = Integer.parseInt(args[2]);
        Server server = new Server("127.0.0.1", port, "/", Map.of(), Push.class);
        server.start();
        ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "push");
            thread.setDaemon(true);
            return thread;
        });
        long periodMicros = 1_000_000L / framesPerSecond;
        pusher.scheduleAtFixedRate(() -> pushAll(frameBytes), periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        System.out.println("push server on ws://127.0.0.1:" + port + "/push, " + frameBytes + " B x "
                + framesPerSecond + "/s per connection");
        Thread.currentThread().join();
    }

    private static void pushAll(int frameBytes) {
        ByteBuffer frame = ByteBuffer.allocate(frameBytes);
        frame.putLong(0, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
        for (Session session : SESSIONS) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendBinary(frame.duplicate());
            }
        }
    }

    /** The endpoint: it only keeps the set of open sessions. */
    @ServerEndpoint("/push")
    public static final class Push {

        @OnOpen
        public void open(Session session) {
            SESSIONS.add(session);
        }

        @OnClose
        public void close(Session session) {
            SESSIONS.remove(session);
        }

        @OnError
        public void error(Session session, Throwable failure) {
            SESSIONS.remove(session);
        }
    }
}
