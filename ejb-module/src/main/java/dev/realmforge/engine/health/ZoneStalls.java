package dev.realmforge.engine.health;

import dev.realmforge.engine.tick.ZoneRunner;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which zones have gone longer than the allowed time without a full tick: the liveness rule. */
public final class ZoneStalls {

    private ZoneStalls() {
    }

    /**
     * Milliseconds since each zone's last full tick, by zone name; never negative. {@code nowNanos}
     * is read by the caller before this runs, so a tick that ends in between is later than "now":
     * it counts as 0 ms ago.
     */
    public static Map<String, Long> sinceLastTick(List<ZoneRunner<?>> zones, long nowNanos) {
        Map<String, Long> millis = new TreeMap<>();
        zones.forEach(zone -> millis.put(zone.settings().name(),
                Math.max(0, (nowNanos - zone.lastTickNanos()) / 1_000_000)));
        return millis;
    }

    /** The zones whose last full tick is more than {@code limitMillis} ago. */
    public static List<String> stalled(Map<String, Long> sinceLastTick, long limitMillis) {
        return sinceLastTick.entrySet().stream()
                .filter(e -> e.getValue() > limitMillis)
                .map(Map.Entry::getKey)
                .toList();
    }
}
