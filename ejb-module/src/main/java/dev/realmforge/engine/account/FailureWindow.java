package dev.realmforge.engine.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key in a sliding window. A key with {@code maxFailures} counted attempts
 * inside the window is blocked until the oldest of them leaves it. Memory is bounded: past
 * {@code maxKeys} tracked keys, expired keys are purged, and if that is not enough the new key is
 * not tracked.
 *
 * <p>Callers that must not let concurrent requests slip past the limit use {@link #tryCount}: it
 * checks and counts in one step, before the expensive work (a password hash), and {@link #release}
 * gives the count back when the attempt turns out not to be a failure. Every change to one key runs
 * inside {@link ConcurrentHashMap#compute}, so checks, counts and purges of a key never interleave.
 */
public final class FailureWindow {

    private final int maxFailures;
    private final Duration window;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureWindow(int maxFailures, Duration window, int maxKeys) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("invalid failure window settings");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} stays blocked, or empty when it may try now. Counts nothing. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        Duration[] wait = new Duration[1];
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            wait[0] = waitFor(times, now);
            return times.isEmpty() ? null : times;
        });
        return Optional.ofNullable(wait[0]);
    }

    /**
     * Counts an attempt of {@code key} at {@code now} unless the key is blocked. Empty when the
     * attempt was counted (or the key could not be tracked), else how long the key stays blocked.
     */
    public Optional<Duration> tryCount(String key, Instant now) {
        if (!makeRoomFor(key, now)) {
            return Optional.empty();
        }
        Duration[] wait = new Duration[1];
        failures.compute(key, (k, times) -> {
            Deque<Instant> counted = times == null ? new ArrayDeque<>() : times;
            prune(counted, now);
            wait[0] = waitFor(counted, now);
            if (wait[0] == null) {
                counted.addLast(now);
            }
            return counted.isEmpty() ? null : counted;
        });
        return Optional.ofNullable(wait[0]);
    }

    /** Counts a failure at {@code now} whether or not the key is blocked (keeping at most the limit). */
    public void recordFailure(String key, Instant now) {
        if (!makeRoomFor(key, now)) {
            return;
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> counted = times == null ? new ArrayDeque<>() : times;
            prune(counted, now);
            counted.addLast(now);
            while (counted.size() > maxFailures) {
                counted.removeFirst();
            }
            return counted;
        });
    }

    /** Takes back one attempt counted at {@code countedAt} by {@link #tryCount}, if it is still counted. */
    public void release(String key, Instant countedAt) {
        failures.computeIfPresent(key, (k, times) -> {
            times.removeLastOccurrence(countedAt);
            return times.isEmpty() ? null : times;
        });
    }

    public void reset(String key) {
        failures.remove(key);
    }

    int trackedKeys() {
        return failures.size();
    }

    /** False when {@code key} is new and the table is full even after purging expired keys. */
    private boolean makeRoomFor(String key, Instant now) {
        if (failures.containsKey(key) || failures.size() < maxKeys) {
            return true;
        }
        purgeExpired(now);
        return failures.size() < maxKeys;
    }

    private Duration waitFor(Deque<Instant> times, Instant now) {
        return times.size() < maxFailures ? null : Duration.between(now, times.peekFirst().plus(window));
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private void purgeExpired(Instant now) {
        for (String key : failures.keySet()) {
            failures.computeIfPresent(key, (k, times) -> {
                prune(times, now);
                return times.isEmpty() ? null : times;
            });
        }
    }
}
