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
public final class SwarmMetrics {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Recorder moveRoundTrip = new Recorder(MAX_MICROS, 3);
    private final Recorder updateAge = new Recorder(MAX_MICROS, 3);
    private final Histogram moveTotal = new Histogram(MAX_MICROS, 3);
    private final Histogram ageTotal = new Histogram(MAX_MICROS, 3);
    public final LongAdder bytesDown = new LongAdder();
    public final LongAdder bytesUp = new LongAdder();
    public final LongAdder updates = new LongAdder();
    public final LongAdder moves = new LongAdder();
    public final LongAdder chats = new LongAdder();
    public final AtomicLong connected = new AtomicLong();
    public final LongAdder disconnects = new LongAdder();
    /** Sign-ins on the socket asked again because the server said it was busy. */
    public final LongAdder signInRetries = new LongAdder();
    public final LongAdder attacks = new LongAdder();
    public final LongAdder deaths = new LongAdder();
    /** Disconnects since the start, warm-up and sign-in included (never reset). */
    public final LongAdder disconnectsSinceStart = new LongAdder();
    public final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile long measuringSinceNanos = System.nanoTime();
    private long downAtStart;
    private long upAtStart;

    public void moveAnswered(long sentNanos, long nowNanos) {
        moveRoundTrip.recordValue(Math.min(MAX_MICROS, Math.max(0, (nowNanos - sentNanos) / 1000)));
        moves.increment();
    }

    public void updateReceived(long ageMicros) {
        updateAge.recordValue(Math.min(MAX_MICROS, Math.max(0, ageMicros)));
        updates.increment();
    }

    public void error(String code) {
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
