package dev.realmforge.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the bots measure, safe to record from any thread: command round trips and update ages in
 * HdrHistogram recorders (microseconds), bytes each way, errors by code, disconnects. Interval
 * snapshots feed the timeline; {@link #startMeasuring()} forgets the warm-up.
 */
final class SwarmMetrics {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Recorder moveRoundTrip = new Recorder(MAX_MICROS, 3);
    private final Recorder updateAge = new Recorder(MAX_MICROS, 3);
    private final Histogram moveTotal = new Histogram(MAX_MICROS, 3);
    private final Histogram ageTotal = new Histogram(MAX_MICROS, 3);
    final LongAdder bytesDown = new LongAdder();
    final LongAdder bytesUp = new LongAdder();
    final LongAdder updates = new LongAdder();
    final LongAdder moves = new LongAdder();
    final LongAdder chats = new LongAdder();
    final AtomicLong connected = new AtomicLong();
    final LongAdder disconnects = new LongAdder();
    final LongAdder attacks = new LongAdder();
    final LongAdder deaths = new LongAdder();
    /** Disconnects since the start, warm-up and sign-in included (never reset). */
    final LongAdder disconnectsSinceStart = new LongAdder();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile long measuringSinceNanos = System.nanoTime();
    private long downAtStart;
    private long upAtStart;

    void moveAnswered(long sentNanos, long nowNanos) {
        moveRoundTrip.recordValue(Math.min(MAX_MICROS, Math.max(0, (nowNanos - sentNanos) / 1000)));
        moves.increment();
    }

    void updateReceived(long ageMicros) {
        updateAge.recordValue(Math.min(MAX_MICROS, Math.max(0, ageMicros)));
        updates.increment();
    }

    void error(String code) {
        errors.computeIfAbsent(code, k -> new LongAdder()).increment();
    }

    /** The interval since the last call, also added to the totals. */
    synchronized Interval interval() {
        Histogram move = moveRoundTrip.getIntervalHistogram();
        Histogram age = updateAge.getIntervalHistogram();
        moveTotal.add(move);
        ageTotal.add(age);
        return new Interval(move, age);
    }

    /** Warm-up is over: totals start from here. */
    synchronized void startMeasuring() {
        interval();
        moveTotal.reset();
        ageTotal.reset();
        measuringSinceNanos = System.nanoTime();
        downAtStart = bytesDown.sum();
        upAtStart = bytesUp.sum();
        errors.clear();
        disconnects.reset();
        attacks.reset();
        deaths.reset();
    }

    synchronized Histogram moveTotal() {
        return moveTotal.copy();
    }

    synchronized Histogram ageTotal() {
        return ageTotal.copy();
    }

    double measuredSeconds() {
        return (System.nanoTime() - measuringSinceNanos) / 1e9;
    }

    long measuredBytesDown() {
        return bytesDown.sum() - downAtStart;
    }

    long measuredBytesUp() {
        return bytesUp.sum() - upAtStart;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Histograms of one sampling interval. */
    record Interval(Histogram moveRoundTrip, Histogram updateAge) {
    }
}
