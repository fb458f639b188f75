package dev.realmforge.bench;

import dev.realmforge.bench.client.JsonHttp;
import dev.realmforge.bench.client.PrometheusText;
import dev.realmforge.bench.client.ServerApi;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of the swarm for one profile ({@link SwarmProfile}, {@code --profile}): the profile gets
 * ready (the rpg scout learns the maps), the bots sign in at the ramp rate, play through the
 * warm-up and the measured duration, the timeline is sampled every five seconds, then the report.
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
    /** Sign-ins in flight at once at most: enough for any ramp the single client core can drive. */
    private static final int SIGN_IN_THREADS = 32;
    private final SwarmOptions options;
    private final Consumer<String> progress;
    private final SwarmMetrics metrics = new SwarmMetrics();
    private final Timeline timeline = new Timeline();
    private final SplittableRandom random = new SplittableRandom(42);
    private String zone = "rpg";

    public Swarm(SwarmOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs the swarm and writes report.json and timeline.png to the report directory. */
    public Map<String, Object> run() throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(2, daemon("swarm-io"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon("swarm-clock"));
        HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(30)).build();
        ServerApi api = new ServerApi(new JsonHttp(http, options.server(), Duration.ofSeconds(60)));
        SwarmProfile profile = SwarmProfiles.named(options.profile());
        zone = profile.zone();
        SwarmProfile.Driver driver = null;
        try {
            driver = profile.prepare(new SwarmContext(options, api, http, metrics, progress, random));
            Double before = options.scenario() == SwarmOptions.Scenario.IDLE ? heapBytes(api) : null;
            SwarmProfile.Driver bots = driver;
            clock.scheduleAtFixedRate(() -> bots.actAll(System.nanoTime()), ACT_PERIOD_MS, ACT_PERIOD_MS,
                    TimeUnit.MILLISECONDS);
            Map<String, Object> enrolment = options.enrols() ? enrolAll(driver) : Map.of("skipped", true);
            long runStart = System.nanoTime();
            SignIns signIns = connectAll(driver);
            progress.accept(signIns.count() + " of " + options.bots() + " bots signed in after "
                    + Duration.ofNanos(System.nanoTime() - runStart).toSeconds() + " s ("
                    + Math.round(signIns.perSecond()) + " per second); warming up");
            sampleFor(options.warmup(), -options.warmup().toSeconds(), api);
            metrics.startMeasuring();
            ProcessCpu.Reading cpuAtStart = serverCpu();
            String startMetrics = api.metrics();
            Double heapPerPlayer = before == null || metrics.connected.get() == 0 ? null
                    : (heapBytes(api) - before) / metrics.connected.get();
            sampleFor(options.duration(), 0, api);
            ProcessCpu.Reading cpuAtEnd = serverCpu();
            String endMetrics = api.metrics();
            Map<String, Object> signIn = signIns.asMap(options.rampPerSecond());
            signIn.put("enrolment", enrolment);
            signIn.put("busy_retries", Map.of("http", api.busyRetries(), "socket", metrics.signInRetries.sum()));
            Report report = new Report(options, metrics, signIn,
                    serverFigures(startMetrics, endMetrics), heapPerPlayer,
                    cpuAtStart == null || cpuAtEnd == null ? null : ProcessCpu.percentOfACore(cpuAtStart, cpuAtEnd));
            report.writeJson(options.reportDir().resolve("report.json"));
            Chart.write(timeline, options.scenario().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + options.bots() + " bots", options.reportDir().resolve("timeline.png"));
            return report.figures();
        } finally {
            clock.shutdownNow();
            if (driver != null) {
                driver.close();
            }
            io.shutdownNow();
        }
    }

    /**
     * Readies every bot's account before the ramp (see {@link SwarmProfile.Driver#enrol}), as fast
     * as the sign-in pool goes; a bot whose account could not be readied is counted and still tries
     * to sign in on the ramp.
     */
    private Map<String, Object> enrolAll(SwarmProfile.Driver driver) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_IN_THREADS, daemon("swarm-enrol"));
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        try {
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i = 0; i < options.bots(); i++) {
                int index = i;
                all.add(CompletableFuture.runAsync(() -> {
                    try {
                        driver.enrol(index);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        metrics.error("CLIENT_ENROL_FAILED");
                    }
                }, pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.accept(options.bots() + " accounts readied in " + Math.round(seconds) + " s; signing in");
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("accounts", options.bots());
        out.put("failed", failed.get());
        out.put("seconds", Math.round(seconds * 10) / 10.0);
        out.put("per_second", seconds <= 0 ? 0 : Math.round(options.bots() / seconds * 10) / 10.0);
        return out;
    }

    /**
     * Starts each bot's sign-in at its time on the ramp, on a pool of its own: a sign-in is a few
     * blocking HTTP calls and then the socket, so one thread alone could not keep up with a fast
     * ramp and would measure the swarm instead of the server.
     */
    private SignIns connectAll(SwarmProfile.Driver driver) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_IN_THREADS, daemon("swarm-sign-in"));
        List<CompletableFuture<?>> welcomes = new ArrayList<>();
        long started = System.nanoTime();
        SignIns signIns = new SignIns(started);
        try {
            for (int i = 0; i < options.bots(); i++) {
                long due = started + (long) (i * 1e9 / options.rampPerSecond());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int index = i;
                welcomes.add(CompletableFuture.supplyAsync(() -> signIn(driver, index), pool)
                        .thenCompose(welcome -> welcome)
                        .whenComplete((ok, failure) -> {
                            if (failure == null) {
                                signIns.welcomed(due, System.nanoTime());
                            } else {
                                signIns.failed();
                            }
                        }));
                if ((i + 1) % Math.max(1, options.rampPerSecond()) == 0) {
                    progress.accept("signing in: " + (i + 1) + "/" + options.bots() + ", connected " + metrics.connected.get());
                }
            }
            for (CompletableFuture<?> welcome : welcomes) {
                try {
                    welcome.get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    metrics.error("CLIENT_CONNECT_FAILED");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return signIns;
    }

    private CompletableFuture<?> signIn(SwarmProfile.Driver driver, int index) {
        try {
            return driver.connect(index);
        } catch (Exception e) {
            metrics.error("CLIENT_SIGN_IN_FAILED"); // an overloaded server may refuse or time out; go on
            progress.accept("bot " + index + " could not sign in: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
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
            double tickP99 = PrometheusText.tickMillis(safeMetrics(api), zone, "0.99").orElse(Double.NaN);
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

    private Report.ServerFigures serverFigures(String atStart, String atEnd) {
        String zoneLabel = atEnd.contains("zone=\"") ? "zone=\"" + zone + "\"" : "";
        long ticks = (long) (PrometheusText.sample(atEnd, "realmforge_tick_count", zoneLabel).orElse(0)
                - PrometheusText.sample(atStart, "realmforge_tick_count", zoneLabel).orElse(0));
        long overruns = (long) (PrometheusText.sample(atEnd, "realmforge_tick_overruns", zoneLabel).orElse(0)
                - PrometheusText.sample(atStart, "realmforge_tick_overruns", zoneLabel).orElse(0));
        return new Report.ServerFigures(PrometheusText.tickMillis(atEnd, zone, "0.5").orElse(Double.NaN),
                PrometheusText.tickMillis(atEnd, zone, "0.99").orElse(Double.NaN),
                PrometheusText.tickMillis(atEnd, zone, "max").orElse(Double.NaN), ticks, overruns);
    }

    /** The server's CPU so far, when its pid was given. */
    private ProcessCpu.Reading serverCpu() throws IOException {
        return options.serverPid() == null ? null : ProcessCpu.read(options.serverPid());
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
