package dev.realmforge.bench.client;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads single samples out of Prometheus text output. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The first sample of {@code name} whose labels contain every one of {@code labelFragments}
     * (for example {@code quantile="0.99"} and {@code zone="rpg"}; an empty fragment matches any).
     */
    public static OptionalDouble sample(String text, String name, String... labelFragments) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (java.util.Arrays.stream(labelFragments).allMatch(labels::contains)) {
                return OptionalDouble.of(Double.parseDouble(m.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * A tick-duration quantile in milliseconds. Payara 6.2025.10 writes this timer's quantiles in
     * nanoseconds although the name says seconds (docs/configuration.md); values below 10 are
     * taken as seconds, anything larger as nanoseconds.
     */
    public static OptionalDouble tickMillis(String text, String quantile) {
        return tickMillis(text, "", quantile);
    }

    /**
     * The same for one zone ({@code zone} the zone's name; empty for the first zone listed). A
     * server from before zones had tags reports one untagged timer, which is read instead.
     */
    public static OptionalDouble tickMillis(String text, String zone, String quantile) {
        String zoneLabel = zone.isEmpty() || !text.contains("zone=\"") ? "" : "zone=\"" + zone + "\"";
        OptionalDouble raw = quantile.equals("max")
                ? sample(text, "realmforge_tick_duration_seconds_max", zoneLabel)
                : sample(text, "realmforge_tick_duration_seconds", zoneLabel, "quantile=\"" + quantile + "\"");
        if (raw.isEmpty()) {
            return raw;
        }
        double v = raw.getAsDouble();
        return OptionalDouble.of(v < 10 ? v * 1000 : v / 1_000_000);
    }

}
