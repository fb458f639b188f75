package dev.realmforge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The end of a run: a readable summary and the same figures as JSON. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> figures = new LinkedHashMap<>();

    Report(SwarmOptions options, SwarmMetrics metrics, Map<String, Object> signIn, ServerFigures server,
           Double heapPerPlayerBytes,
            Map<String, Double> serverCpuPercent) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("server", options.server().toString());
        run.put("scenario", options.scenario().name().toLowerCase(java.util.Locale.ROOT));
        run.put("bots", options.bots());
        run.put("measured_seconds", round(metrics.measuredSeconds()));
        run.put("warmup_seconds", options.warmup().toSeconds());
        run.put("client_cores", Runtime.getRuntime().availableProcessors());
        run.put("java", System.getProperty("java.version"));
        figures.put("run", run);
        figures.put("connected_at_end", metrics.connected.get());
        figures.put("sign_in", signIn);
        figures.put("cmd_move_round_trip_ms", percentiles(metrics.moveTotal()));
        figures.put("update_age_ms", percentiles(metrics.ageTotal()));
        double seconds = Math.max(0.001, metrics.measuredSeconds());
        int bots = Math.max(1, options.bots());
        figures.put("bytes_per_second_per_bot", Map.of(
                "down", round(metrics.measuredBytesDown() / seconds / bots),
                "up", round(metrics.measuredBytesUp() / seconds / bots)));
        Map<String, Long> errors = new TreeMap<>();
        metrics.errors.forEach((code, count) -> errors.put(code, count.sum()));
        figures.put("errors", errors);
        figures.put("disconnects", metrics.disconnects.sum());
        figures.put("disconnects_since_start", metrics.disconnectsSinceStart.sum());
        if (options.fights()) {
            figures.put("attacks", metrics.attacks.sum());
            figures.put("bot_deaths", metrics.deaths.sum());
        }
        figures.put("server_tick", server.asMap());
        if (serverCpuPercent != null) {
            figures.put("server_cpu_percent_of_a_core", serverCpuPercent);
        }
        if (heapPerPlayerBytes != null) {
            figures.put("server_heap_per_player_bytes", Math.round(heapPerPlayerBytes));
        }
    }

    static Map<String, Object> percentiles(Histogram micros) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", micros.getTotalCount());
        for (double p : new double[] {50, 90, 99, 99.9}) {
            out.put("p" + (p == Math.floor(p) ? Integer.toString((int) p) : Double.toString(p)),
                    micros.getTotalCount() == 0 ? null : round(micros.getValueAtPercentile(p) / 1000.0));
        }
        out.put("max", micros.getTotalCount() == 0 ? null : round(micros.getMaxValue() / 1000.0));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    Map<String, Object> figures() {
        return figures;
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), figures);
    }

    String summary() {
        try {
            return JSON.writeValueAsString(figures);
        } catch (IOException e) {
            return figures.toString();
        }
    }

    /** Tick figures read from the server's metrics at the end of the run. */
    record ServerFigures(double tickP50Ms, double tickP99Ms, double tickMaxMs, long ticks, long overruns) {

        Map<String, Object> asMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("p50_ms", Double.isNaN(tickP50Ms) ? null : round(tickP50Ms));
            out.put("p99_ms", Double.isNaN(tickP99Ms) ? null : round(tickP99Ms));
            out.put("max_ms", Double.isNaN(tickMaxMs) ? null : round(tickMaxMs));
            out.put("ticks_during_run", ticks);
            out.put("overruns_during_run", overruns);
            return out;
        }
    }
}
