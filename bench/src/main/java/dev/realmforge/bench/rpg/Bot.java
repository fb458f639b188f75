package dev.realmforge.bench.rpg;

import dev.realmforge.bench.SwarmMetrics;
import dev.realmforge.bench.client.Encoding;
import dev.realmforge.bench.client.Envelope;
import dev.realmforge.bench.client.RpgSocket;
import dev.realmforge.bench.client.ServerApi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One simulated player on a non-blocking WebSocket speaking MessagePack (an {@link RpgSocket}, the
 * client the integration tests use too). It holds no thread: the swarm's scheduler calls
 * {@link #act} and the HTTP client's pool delivers frames. It walks to open
 * tiles no faster than the move cooldown, chats now and then, when told to, fights NPCs that stand
 * next to it, and measures what comes back.
 */
final class Bot implements RpgSocket.Listener {

    private static final String[] DIRECTIONS = {"UP", "DOWN", "LEFT", "RIGHT"};
    private static final int[][] STEPS = {{0, -1}, {0, 1}, {-1, 0}, {1, 0}};
    private static final long MOVE_GAP_NANOS = 550_000_000L;
    /** A fighting bot stands still this long after an attack, so the fight lasts a few blows. */
    private static final long FIGHT_NANOS = 3_000_000_000L;

    private final String token;
    private final SwarmMetrics metrics;
    private final Map<String, Grid> grids;
    private final Walk walk;
    private final long chatEveryNanos;
    private final Map<String, Long> pendingMoves = new ConcurrentHashMap<>();
    /** NPCs in view: id to {x, y}, from game updates (only kept when the bot fights). */
    private final Map<String, int[]> npcsInView = new ConcurrentHashMap<>();
    private final boolean fights;
    private final CompletableFuture<JsonNode> welcome = new CompletableFuture<>();
    private volatile RpgSocket socket;
    private volatile boolean authenticated;
    private volatile boolean closed;
    private volatile String mapId;
    private volatile int x;
    private volatile int y;
    private long nextMoveNanos;
    private long nextChatNanos;
    private long sequence;
    private volatile Consumer<JsonNode> replyWatcher;
    private int busyTries;

    /** Where a bot may step: anywhere open, or only inside a square (the crowd's chunk). */
    record Walk(boolean moves, int minX, int minY, int maxX, int maxY) {
        static final Walk ANYWHERE = new Walk(true, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        static final Walk STILL = new Walk(false, 0, 0, 0, 0);

        boolean allows(int tx, int ty) {
            return tx >= minX && tx <= maxX && ty >= minY && ty <= maxY;
        }
    }

    Bot(String token, SwarmMetrics metrics, Map<String, Grid> grids, Walk walk, long chatEveryNanos) {
        this(token, metrics, grids, walk, chatEveryNanos, false);
    }

    Bot(String token, SwarmMetrics metrics, Map<String, Grid> grids, Walk walk, long chatEveryNanos, boolean fights) {
        this.token = token;
        this.metrics = metrics;
        this.grids = grids;
        this.walk = walk;
        this.chatEveryNanos = chatEveryNanos;
        this.fights = fights;
    }

    /** Opens the socket and authenticates; completes with event_welcome's payload. */
    CompletableFuture<JsonNode> connect(HttpClient http, URI uri) {
        RpgSocket.open(http, uri, Encoding.MSGPACK, null, this).whenComplete((connection, failure) -> {
            if (failure != null) {
                welcome.completeExceptionally(failure);
                return;
            }
            socket = connection;
            send("cmd_authenticate", "auth", Map.of("token", token));
        });
        return welcome;
    }

    /** The server was too busy to let this bot in: the same socket asks again a second later, as a client would. */
    private void retryAuthentication() {
        metrics.signInRetries.increment();
        CompletableFuture.runAsync(() -> {
            if (!closed) {
                send("cmd_authenticate", "auth", Map.of("token", token));
            }
        }, CompletableFuture.delayedExecutor(1000 + ThreadLocalRandom.current().nextLong(250), TimeUnit.MILLISECONDS));
    }

    /** Sends a query and lets {@code watcher} see every reply until it is replaced. */
    void request(String type, String id, Map<String, ?> payload, Consumer<JsonNode> watcher) {
        replyWatcher = watcher;
        send(type, id, payload);
    }

    /** One scheduler pass: maybe a step, maybe a chat line. */
    void act(long nowNanos, RandomGenerator random) {
        if (!authenticated || closed) {
            return;
        }
        if (fights && nowNanos >= nextMoveNanos && pendingMoves.isEmpty() && attackNeighbour()) {
            nextMoveNanos = nowNanos + FIGHT_NANOS;
        }
        if (walk.moves() && nowNanos >= nextMoveNanos && pendingMoves.isEmpty()) {
            nextMoveNanos = nowNanos + MOVE_GAP_NANOS + random.nextLong(250_000_000L);
            step(nowNanos, random);
        }
        if (chatEveryNanos > 0 && nowNanos >= nextChatNanos) {
            if (nextChatNanos != 0) {
                send("cmd_chat_send", "c" + (++sequence), Map.of("message", "hello from a bot", "channel", "local"));
                metrics.chats.increment();
            }
            nextChatNanos = nowNanos + chatEveryNanos / 2 + random.nextLong(chatEveryNanos);
        }
    }

    /** Attacks an NPC on a tile next to the bot, if there is one; true when it did. */
    private boolean attackNeighbour() {
        for (Map.Entry<String, int[]> npc : npcsInView.entrySet()) {
            int[] at = npc.getValue();
            if (Math.max(Math.abs(at[0] - x), Math.abs(at[1] - y)) <= 1) {
                send("cmd_attack", "a" + (++sequence), Map.of("target_id", npc.getKey(), "target_type", "npc"));
                metrics.attacks.increment();
                return true;
            }
        }
        return false;
    }

    private void step(long nowNanos, RandomGenerator random) {
        Grid grid = grids.get(mapId);
        int first = random.nextInt(4);
        for (int i = 0; i < 4; i++) {
            int d = (first + i) % 4;
            int tx = x + STEPS[d][0];
            int ty = y + STEPS[d][1];
            if (grid != null && grid.isOpen(tx, ty) && walk.allows(tx, ty)) {
                String id = "m" + (++sequence);
                pendingMoves.put(id, nowNanos);
                send("cmd_move", id, Map.of("direction", DIRECTIONS[d]));
                return;
            }
        }
    }

    private void send(String type, String id, Map<String, ?> payload) {
        try {
            byte[] bytes = Encoding.MSGPACK.request(id, type, payload);
            metrics.bytesUp.add(bytes.length);
            socket.send(bytes);
        } catch (RuntimeException e) {
            if (!closed) {
                metrics.error("CLIENT_SEND_FAILED");
            }
        }
    }

    @Override
    public void onReceived(int size) {
        metrics.bytesDown.add(size);
    }

    @Override
    public void onUnreadable(boolean binary, RuntimeException error) {
        metrics.error("CLIENT_UNREADABLE_FRAME");
    }

    @Override
    public void onMessage(JsonNode message, boolean binary) {
        if (!binary) {
            metrics.error("CLIENT_UNEXPECTED_TEXT_FRAME");
            return;
        }
        String type = Envelope.type(message);
        String id = Envelope.id(message);
        JsonNode payload = Envelope.payload(message);
        switch (type) {
            case "event_welcome" -> {
                mapId = payload.path("map_id").asText();
                x = payload.path("x").asInt();
                y = payload.path("y").asInt();
                authenticated = true;
                metrics.connected.incrementAndGet();
                welcome.complete(payload);
            }
            case "event_game_update" -> {
                double serverTime = payload.path("server_time").asDouble(0);
                if (serverTime > 0) {
                    metrics.updateReceived((long) ((System.currentTimeMillis() - serverTime * 1000) * 1000));
                }
                if (fights) {
                    trackNpcs(payload);
                }
            }
            case "event_player_respawned" -> {
                JsonNode at = payload.path("spawn_position");
                mapId = at.path("map_id").asText(mapId);
                x = at.path("x").asInt(x);
                y = at.path("y").asInt(y);
                npcsInView.clear();
                metrics.deaths.increment();
            }
            case "resp_success", "resp_error" -> answered(id, type, payload, message);
            default -> {
                // chat lines, skills, ground items: counted in bytes only
            }
        }
    }

    private void trackNpcs(JsonNode update) {
        for (JsonNode entity : update.path("entities")) {
            String id = entity.path("id").asText();
            if (id.startsWith("npc_") && entity.has("x")) {
                npcsInView.put(id, new int[] {entity.path("x").asInt(), entity.path("y").asInt()});
            }
        }
        for (JsonNode removed : update.path("removed_entities")) {
            npcsInView.remove(removed.asText());
        }
    }

    private void answered(String id, String type, JsonNode payload, JsonNode message) {
        Long sent = pendingMoves.remove(id);
        if (sent != null) {
            metrics.moveAnswered(sent, System.nanoTime());
            if (type.equals("resp_success")) {
                JsonNode to = payload.path("new_position");
                mapId = to.path("map_id").asText(mapId);
                x = to.path("x").asInt(x);
                y = to.path("y").asInt(y);
            }
        }
        if (type.equals("resp_error")) {
            if (id.equals("auth") && payload.path("details").path("reason").asText().equals("server_busy")
                    && ++busyTries < ServerApi.BUSY_TRIES) {
                retryAuthentication();
            } else {
                metrics.error(payload.path("error_code").asText("UNKNOWN"));
                if (id.equals("auth")) {
                    welcome.completeExceptionally(new IllegalStateException("authentication refused: " + payload));
                }
            }
        }
        Consumer<JsonNode> watcher = replyWatcher;
        if (watcher != null) {
            watcher.accept(message);
        }
    }

    @Override
    public void onClose(int statusCode, String reason) {
        lost("closed " + statusCode + " " + reason);
    }

    @Override
    public void onError(Throwable error) {
        lost(String.valueOf(error));
    }

    private void lost(String why) {
        if (!closed) {
            closed = true;
            if (authenticated) {
                metrics.connected.decrementAndGet();
            }
            metrics.disconnects.increment();
            metrics.disconnectsSinceStart.increment();
            welcome.completeExceptionally(new IllegalStateException(why));
        }
    }

    /** Closes the socket without counting it as a lost connection. */
    void close() {
        if (!closed) {
            closed = true;
            if (authenticated) {
                metrics.connected.decrementAndGet();
            }
            RpgSocket connection = socket;
            if (connection != null) {
                connection.close();
            }
        }
    }
}
