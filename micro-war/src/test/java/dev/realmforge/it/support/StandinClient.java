package dev.realmforge.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of the test-only stand-in profile ({@code it.standin}, socket {@code /standin/ws}): one
 * JSON object per text frame, keyed by {@code op}. Keeps every message until a test takes it.
 */
public final class StandinClient implements AutoCloseable {

    /** How the server closed the connection. */
    public record Closed(int code, String reason) {
    }

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
    private final List<JsonNode> backlog = new LinkedList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private StandinClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public static StandinClient connect(URL base) {
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/standin/ws";
        return new StandinClient(URI.create(ws));
    }

    /** Sends {@code op} with the given fields and a fresh id, and waits for the answer carrying that id. */
    public JsonNode request(String op, Map<String, ?> fields) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> message = new LinkedHashMap<>(fields);
        message.put("op", op);
        message.put("id", id);
        socket.sendText(new String(Wire.JSON.encode(message), StandardCharsets.UTF_8), true).join();
        return await(m -> id.equals(m.path("id").asText(null)), "answer to " + op + " " + id);
    }

    /** Signs in with an rpg token and returns the {@code signed_in} answer. */
    public JsonNode signIn(String token) {
        JsonNode answer = request("sign_in", Map.of("token", token));
        assertThat(answer.path("op").asText()).as("sign-in answer %s", answer).isEqualTo("signed_in");
        return answer;
    }

    public JsonNode ping() {
        return request("ping", Map.of());
    }

    public JsonNode awaitOp(String op) {
        return await(m -> op.equals(m.path("op").asText()), "message " + op);
    }

    public JsonNode await(Predicate<JsonNode> match, String what) {
        synchronized (backlog) {
            for (Iterator<JsonNode> it = backlog.iterator(); it.hasNext(); ) {
                JsonNode m = it.next();
                if (match.test(m)) {
                    it.remove();
                    return m;
                }
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode m = left <= 0 ? null : incoming.poll(left, TimeUnit.NANOSECONDS);
                if (m == null) {
                    throw new AssertionError("timed out waiting for " + what + "; unconsumed: " + unconsumed());
                }
                if (match.test(m)) {
                    return m;
                }
                synchronized (backlog) {
                    backlog.add(m);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Asserts that nothing at all arrives within {@code quiet} and that nothing is waiting unread. */
    public void assertNothing(Duration quiet, String what) {
        try {
            JsonNode m = incoming.poll(quiet.toNanos(), TimeUnit.NANOSECONDS);
            assertThat(m).as(what).isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(unconsumed()).as(what).isEmpty();
    }

    public Closed awaitClose() {
        return closed.copy().orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    private List<JsonNode> unconsumed() {
        synchronized (backlog) {
            List<JsonNode> all = new LinkedList<>(backlog);
            all.addAll(incoming);
            return all;
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                incoming.add(Wire.JSON.decode(text.toString().getBytes(StandardCharsets.UTF_8)));
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
