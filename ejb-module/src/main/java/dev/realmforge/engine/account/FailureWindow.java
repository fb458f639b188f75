package dev.realmforge.engine.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key in a sliding window. A key with {@code maxFailures} failures inside the
 * window is blocked until the oldest of them leaves it. Memory is bounded: past {@code maxKeys}
 * tracked keys, expired keys are purged, and if that is not enough the new key is not tracked.
 */
public final class FailureWindow {

    private final int maxFailures;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureWindow(int maxFailures, Duration window, int maxKeys) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("invalid failure window settings");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} stays blocked, or empty when it may try now. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void recordFailure(String key, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= maxKeys) {
            purgeExpired(now);
            if (failures.size() >= maxKeys) {
                return;
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    public void reset(String key) {
        failures.remove(key);
    }

    int trackedKeys() {
        return failures.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private void purgeExpired(Instant now) {
        failures.entrySet().removeIf(entry -> {
            Deque<Instant> times = entry.getValue();
            synchronized (times) {
                prune(times, now);
                return times.isEmpty();
            }
        });
    }
}
