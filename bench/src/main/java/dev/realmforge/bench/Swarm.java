package dev.realmforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of the swarm: scout the maps, sign the bots in at the ramp rate, let them play through
 * the warm-up and the measured duration, sample the timeline every five seconds, then report.
 * Bots share one HTTP client (two threads) and one scheduler thread: no thread per bot.
 */
public final class Swarm {

    private static final long SAMPLE_SECONDS = 5;
    /**
     * How often the scheduler lets due bots act. Much shorter than the server's 50 ms tick, so
     * that commands reach the server at every phase of its tick, as players' would, instead of
     * in bursts locked to one phase (which made every move wait the same part of a tick).
     */
    private static final long ACT_PERIOD_MS = 5;
    /** samplemap's south-west chunk, with no NPC nearby: where the crowd stands on samplemap. */
    private static final int[] SAMPLEMAP_CROWD_CHUNK = {0, 3};
    /** The largest radius query_chunks allows, and the width in chunks of the square it covers. */
    private static final int SCOUT_RADIUS = 5;
    private static final int SCOUT_SPAN = 2 * SCOUT_RADIUS + 1;

    private final SwarmOptions options;
    private final Consumer<String> progress;
    private final SwarmMetrics metrics = new SwarmMetrics();
    private final Timeline timeline = new Timeline();
    private final Map<String, Grid> grids = new ConcurrentHashMap<>();
    private final List<Bot> bots = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(42);

    public Swarm(SwarmOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs the swarm and writes report.json and timeline.png to the report directory. */
    public Map<String, Object> run() throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(2, daemon("swarm-io"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon("swarm-clock"));
        HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(30)).build();
        ServerApi api = new ServerApi(options.server(), http);
        try {
            scout(api, http);
            Double before = options.scenario() == SwarmOptions.Scenario.IDLE ? heapBytes(api) : null;
            clock.scheduleAtFixedRate(this::actAll, ACT_PERIOD_MS, ACT_PERIOD_MS, TimeUnit.MILLISECONDS);
            long runStart = System.nanoTime();
            connectAll(api, http);
            progress.accept("all " + bots.size() + " bots signed in after "
                    + Duration.ofNanos(System.nanoTime() - runStart).toSeconds() + " s; warming up");
            sampleFor(options.warmup(), -options.warmup().toSeconds(), api);
            metrics.startMeasuring();
            String startMetrics = api.metrics();
            Double heapPerPlayer = before == null || metrics.connected.get() == 0 ? null
                    : (heapBytes(api) - before) / metrics.connected.get();
            sampleFor(options.duration(), 0, api);
            Report report = new Report(options, metrics, serverFigures(startMetrics, api.metrics()), heapPerPlayer);
            report.writeJson(options.reportDir().resolve("report.json"));
            Chart.write(timeline, options.scenario().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + options.bots() + " bots", options.reportDir().resolve("timeline.png"));
            return report.figures();
        } finally {
            clock.shutdownNow();
            bots.forEach(Bot::close);
            io.shutdownNow();
        }
    }

    /**
     * Learns the open tiles of the map the bots play on (and of the bundled maps they may walk
     * into through portals). One query covers at most 11 x 11 chunks, so a large map is read in
     * squares of that size. The map's size in chunks comes from the documented details of the
     * error for a centre chunk off the map.
     */
    private void scout(ServerApi api, HttpClient http) throws Exception {
        String name = options.namePrefix() + "-scout";
        Bot scout = new Bot(api.registerOrLogin(name, password(name)), metrics, grids, Bot.Walk.STILL, 0);
        scout.connect(http, api.webSocket()).get(60, TimeUnit.SECONDS);
        try {
            for (String mapId : new java.util.LinkedHashSet<>(List.of(options.mapId(), "samplemap", "spawn_area", "arena"))) {
                JsonNode size = queryChunks(scout, mapId, Integer.MAX_VALUE, Integer.MAX_VALUE, 0).path("payload").path("details");
                if (!size.has("chunks_across")) {
                    continue;  // no such map on this server
                }
                int across = size.path("chunks_across").asInt();
                int down = size.path("chunks_down").asInt();
                List<JsonNode> chunks = new ArrayList<>();
                for (int y = SCOUT_RADIUS; y - SCOUT_RADIUS < down; y += SCOUT_SPAN) {
                    for (int x = SCOUT_RADIUS; x - SCOUT_RADIUS < across; x += SCOUT_SPAN) {
                        queryChunks(scout, mapId, Math.min(x, across - 1), Math.min(y, down - 1), SCOUT_RADIUS)
                                .path("payload").path("chunks").forEach(chunks::add);
                    }
                }
                grids.put(mapId, Grid.fromChunks(mapId, chunks));
            }
        } finally {
            scout.close();
        }
        if (!grids.containsKey(options.mapId())) {
            throw new IllegalStateException("the server has no map " + options.mapId() + " to play on");
        }
    }

    private static JsonNode queryChunks(Bot scout, String mapId, int chunkX, int chunkY, int radius) throws Exception {
        String id = "scout-" + mapId + "-" + chunkX + "-" + chunkY;
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        scout.request("query_chunks", id, Map.of("map_id", mapId, "chunk_x", chunkX, "chunk_y", chunkY, "radius", radius),
                message -> {
                    if (id.equals(message.path("id").asText())) {
                        reply.complete(message);
                    }
                });
        return reply.get(30, TimeUnit.SECONDS);
    }

    private void connectAll(ServerApi api, HttpClient http) throws Exception {
        String adminToken = options.placesBots() ? api.login(options.adminUser(), options.adminPassword()) : null;
        Grid map = grids.get(options.mapId());
        int[] crowdChunk = options.mapId().equals("samplemap") ? SAMPLEMAP_CROWD_CHUNK
                : new int[] {map.width() / 32, map.height() / 32};
        List<CompletableFuture<JsonNode>> welcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < options.bots(); i++) {
            long due = started + (long) (i * 1e9 / options.rampPerSecond());
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String name = options.namePrefix() + "-" + i;
            String token;
            try {
                token = api.registerOrLogin(name, password(name));
            } catch (RuntimeException e) {
                metrics.error("CLIENT_SIGN_IN_FAILED"); // an overloaded server may refuse or time out; go on
                progress.accept(name + " could not sign in: " + e.getMessage());
                continue;
            }
            Bot.Walk walk = switch (options.scenario()) {
                case SPREAD -> Bot.Walk.ANYWHERE;
                case IDLE -> Bot.Walk.STILL;
                case CROWD -> new Bot.Walk(true, crowdChunk[0] * 16, crowdChunk[1] * 16, crowdChunk[0] * 16 + 15,
                        crowdChunk[1] * 16 + 15);
            };
            if (adminToken != null) {
                int[] tile = options.scenario() == SwarmOptions.Scenario.CROWD
                        ? map.randomOpenTile(random, walk.minX(), walk.minY(), walk.maxX() + 1, walk.maxY() + 1)
                        : map.randomOpenTile(random, 0, 0, map.width(), map.height());
                api.place(adminToken, name, options.mapId(), tile[0], tile[1]);
            }
            Bot bot = new Bot(token, metrics, grids, walk,
                    options.scenario() == SwarmOptions.Scenario.IDLE ? 0 : options.chatEvery().toNanos(),
                    options.fights() && walk.moves());
            synchronized (bots) {
                bots.add(bot);
            }
            welcomes.add(bot.connect(http, api.webSocket()));
            if ((i + 1) % Math.max(1, options.rampPerSecond()) == 0) {
                progress.accept("signing in: " + (i + 1) + "/" + options.bots() + ", connected " + metrics.connected.get());
            }
        }
        for (CompletableFuture<JsonNode> welcome : welcomes) {
            try {
                welcome.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                metrics.error("CLIENT_CONNECT_FAILED");
            }
        }
    }

    private void actAll() {
        long now = System.nanoTime();
        List<Bot> snapshot;
        synchronized (bots) {
            snapshot = List.copyOf(bots);
        }
        for (Bot bot : snapshot) {
            try {
                bot.act(now, random);
            } catch (RuntimeException e) {
                metrics.error("CLIENT_" + e.getClass().getSimpleName());
            }
        }
    }

    private void sampleFor(Duration length, long firstSecond, ServerApi api) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long second = firstSecond;
        while (System.nanoTime() < end) {
            long step = Math.min(TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS), end - System.nanoTime());
            TimeUnit.NANOSECONDS.sleep(Math.max(0, step));
            second += Math.round(step / 1e9);
            SwarmMetrics.Interval interval = metrics.interval();
            double tickP99 = PrometheusText.tickMillis(safeMetrics(api), "0.99").orElse(Double.NaN);
            double moveP99 = interval.moveRoundTrip().getTotalCount() == 0 ? Double.NaN
                    : interval.moveRoundTrip().getValueAtPercentile(99) / 1000.0;
            double ageP99 = interval.updateAge().getTotalCount() == 0 ? Double.NaN
                    : interval.updateAge().getValueAtPercentile(99) / 1000.0;
            timeline.add(new Timeline.Point(second, (int) metrics.connected.get(), tickP99, moveP99, ageP99));
            progress.accept(String.format(java.util.Locale.ROOT,
                    "t=%ds bots %d, moves %d (p99 %.1f ms), updates %d (age p99 %.1f ms), errors %d, down %.0f B/s/bot, tick p99 %.1f ms",
                    second, metrics.connected.get(), metrics.moves.sum(), moveP99, metrics.updates.sum(), ageP99,
                    metrics.errorCount(), metrics.bytesDown.sum() / Math.max(1.0, metrics.measuredSeconds())
                            / Math.max(1, options.bots()), tickP99));
        }
    }

    private static String safeMetrics(ServerApi api) {
        try {
            return api.metrics();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Report.ServerFigures serverFigures(String atStart, String atEnd) {
        long ticks = (long) (PrometheusText.sample(atEnd, "realmforge_tick_count", "").orElse(0)
                - PrometheusText.sample(atStart, "realmforge_tick_count", "").orElse(0));
        long overruns = (long) (PrometheusText.sample(atEnd, "realmforge_tick_overruns", "").orElse(0)
                - PrometheusText.sample(atStart, "realmforge_tick_overruns", "").orElse(0));
        return new Report.ServerFigures(PrometheusText.tickMillis(atEnd, "0.5").orElse(Double.NaN),
                PrometheusText.tickMillis(atEnd, "0.99").orElse(Double.NaN),
                PrometheusText.tickMillis(atEnd, "max").orElse(Double.NaN), ticks, overruns);
    }

    /**
     * The server's used heap in bytes. Given the server's pid, the live objects only: {@code jcmd
     * GC.class_histogram} collects first and totals what survives. Otherwise the metrics gauge,
     * which counts garbage too.
     */
    private double heapBytes(ServerApi api) throws IOException, InterruptedException {
        if (options.serverPid() != null) {
            Process jcmd = new ProcessBuilder("jcmd", options.serverPid().toString(), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String histogram = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + options.serverPid() + " GC.class_histogram failed: " + histogram);
            }
            return ClassHistogram.totalBytes(histogram);
        }
        return PrometheusText.sample(api.baseMetrics(), "memory_usedHeap_bytes", "")
                .orElseThrow(() -> new IllegalStateException("the server's metrics have no memory_usedHeap_bytes"));
    }

    private static String password(String name) {
        return "swarm-" + name + "-pw";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    SwarmMetrics metrics() {
        return metrics;
    }

    static void ensureDirectory(java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
    }
}
