package dev.realmforge.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.bench.client.Envelope;
import dev.realmforge.bench.client.RpgSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real rpg WebSocket client in one encoding: JSON in text frames or MessagePack in binary frames,
 * on the shared client's {@link RpgSocket} (the bot swarm's connection too). Every received message
 * is kept until a test takes it, so events and replies can be awaited in any order. Records whether
 * each message arrived in a binary frame.
 */
public final class GameClient implements AutoCloseable {

    /** A received message and the kind of frame it came in. */
    public record Received(boolean binary, JsonNode message) {
        public String type() {
            return Envelope.type(message);
        }

        public JsonNode payload() {
            return Envelope.payload(message);
        }
    }

    /** How the server closed the connection. */
    public record Closed(int code, String reason) {
    }

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Wire wire;
    private final RpgSocket socket;
    private final BlockingQueue<Received> incoming = new LinkedBlockingQueue<>();
    private final List<Received> backlog = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private GameClient(Wire wire, URI uri, Map<String, String> headers) {
        this.wire = wire;
        this.socket = RpgSocket.open(HTTP, uri, wire.encoding(), WAIT, headers, new Listener())
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public static GameClient connect(URL base, Wire wire) {
        return connect(base, wire, Map.of());
    }

    /** Connects with extra headers on the upgrade request. */
    public static GameClient connect(URL base, Wire wire, Map<String, String> headers) {
        return new GameClient(wire, RpgSocket.uri(Http.toUri(base)), headers);
    }

    public Wire wire() {
        return wire;
    }

    /** Sends an envelope with a fresh id and version 2.0; returns the id. */
    public String send(String type, Map<String, ?> payload) {
        String id = UUID.randomUUID().toString();
        socket.send(id, type, payload);
        return id;
    }

    /**
     * Sends an envelope like {@link #send} but does not wait until the frame is written: for a frame
     * so large that the server may close the connection while the client is still writing it (the
     * write then fails with "closed output"), where what matters is how the server closes.
     */
    public void sendWithoutWaiting(String type, Map<String, ?> payload) {
        socket.sendAsync(wire.encoding().request(UUID.randomUUID().toString(), type, payload))
                .exceptionally(cutOff -> null);
    }

    /** Sends any map as an envelope, for tests of malformed or unusual envelopes. */
    public void sendEnvelope(Map<String, ?> envelope) {
        sendRaw(wire.encode(envelope));
    }

    /** Sends bytes as-is in this client's frame kind. */
    public void sendRaw(byte[] frame) {
        socket.send(frame);
    }

    /** Sends and waits for the reply carrying the same id. */
    public Received request(String type, Map<String, ?> payload) {
        String id = send(type, payload);
        return awaitReply(id);
    }

    public Received awaitReply(String id) {
        Received reply = await(r -> id.equals(Envelope.id(r.message())), "reply to " + id);
        assertThat(reply.binary()).as("reply arrives in the request's frame kind").isEqualTo(wire == Wire.MSGPACK);
        return reply;
    }

    public Received awaitType(String type) {
        return await(r -> type.equals(r.type()), "message of type " + type);
    }

    /**
     * Authenticates and returns the event_welcome reply. Consumes the System greeting and
     * event_skills; anything else that arrived (game updates, say) stays to be awaited.
     */
    public Received authenticate(String token) {
        Received welcome = request("cmd_authenticate", Map.of("token", token));
        assertThat(welcome.type()).as("authentication answer %s", welcome.message()).isEqualTo("event_welcome");
        await(r -> r.type().equals("event_chat_message") && "System".equals(r.payload().path("username").asText()),
                "the System greeting");
        awaitType("event_skills");
        return welcome;
    }

    public Received await(Predicate<Received> match, String what) {
        return await(match, what, WAIT);
    }

    /** Like {@link #await(Predicate, String)} with a longer bound, for outcomes that take game time (a fight). */
    public Received await(Predicate<Received> match, String what, Duration limit) {
        synchronized (backlog) {
            for (Iterator<Received> it = backlog.iterator(); it.hasNext(); ) {
                Received r = it.next();
                if (match.test(r)) {
                    it.remove();
                    return r;
                }
            }
        }
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Received r = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
                if (r == null) {
                    throw new AssertionError("timed out waiting for " + what + "; unconsumed: " + backlogTypes());
                }
                if (match.test(r)) {
                    return r;
                }
                synchronized (backlog) {
                    backlog.add(r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Asserts that no message matching {@code match} arrives within {@code quiet}. A bounded wait
     * for absence, used where the server must not send something (never a timing assertion).
     */
    public void assertNothing(Predicate<Received> match, Duration quiet, String what) {
        long deadline = System.nanoTime() + quiet.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Received r = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
                if (r == null) {
                    break;
                }
                if (match.test(r)) {
                    throw new AssertionError("unexpected " + what + ": " + r.message());
                }
                synchronized (backlog) {
                    backlog.add(r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (backlog) {
            assertThat(backlog.stream().filter(match)).as(what).isEmpty();
        }
    }

    /** Forgets every message received so far, so that the next await sees only newer ones. */
    public void discardReceived() {
        synchronized (backlog) {
            backlog.clear();
            incoming.clear();
        }
    }

    public Closed awaitClose() {
        return awaitClose(WAIT);
    }

    public Closed awaitClose(Duration limit) {
        return closed.copy().orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    private List<String> backlogTypes() {
        synchronized (backlog) {
            List<String> types = new ArrayList<>();
            backlog.forEach(r -> types.add(r.type()));
            incoming.forEach(r -> types.add(r.type()));
            return types;
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    private final class Listener implements RpgSocket.Listener {

        @Override
        public void onMessage(JsonNode message, boolean binary) {
            incoming.add(new Received(binary, message));
        }

        @Override
        public void onClose(int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
        }

        @Override
        public void onError(Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
