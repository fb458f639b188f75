package dev.realmforge.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * How the bots' sign-in went: from the moment each bot was due (the ramp's schedule) to its
 * welcome on the socket, registration or log-in and placement included; and the rate the server
 * actually admitted them at, over the span from the first bot due to the last one welcomed.
 */
final class SignIns {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Histogram micros = new Histogram(MAX_MICROS, 3);
    private final long startedNanos;
    private long lastWelcomeNanos;
    private long failed;

    SignIns(long startedNanos) {
        this.startedNanos = startedNanos;
        this.lastWelcomeNanos = startedNanos;
    }

    synchronized void welcomed(long dueNanos, long nowNanos) {
        micros.recordValue(Math.min(MAX_MICROS, Math.max(0, (nowNanos - dueNanos) / 1000)));
        lastWelcomeNanos = Math.max(lastWelcomeNanos, nowNanos);
    }

    synchronized void failed() {
        failed++;
    }

    synchronized long count() {
        return micros.getTotalCount();
    }

    /** Bots welcomed per second, from the first one due to the last one welcomed. */
    synchronized double perSecond() {
        double seconds = (lastWelcomeNanos - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : micros.getTotalCount() / seconds;
    }

    synchronized Map<String, Object> asMap(int askedPerSecond) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asked_per_second", askedPerSecond);
        out.put("achieved_per_second", Math.round(perSecond() * 10) / 10.0);
        out.put("failed", failed);
        out.put("due_to_welcome_ms", Report.percentiles(micros));
        return out;
    }
}
