package dev.realmforge.it.support;

import dev.realmforge.bench.client.PrometheusText;
import dev.realmforge.bench.client.ServerApi;
import java.net.URL;

/** Reads the server's application metrics in Prometheus text format, with the swarm's shared client. */
public final class Metrics {

    private Metrics() {
    }

    /** The text of {@code /metrics?scope=application} on the server of {@code base}, whatever its context root. */
    public static String read(URL base) {
        try {
            return new ServerApi(new Http(base)).metrics();
        } catch (RuntimeException e) {
            throw new AssertionError("metrics not readable at " + base, e);
        }
    }

    /** The value of the first sample named {@code name} (any labels), or 0 when the metric has none yet. */
    public static double value(String text, String name) {
        return PrometheusText.sample(text, name).orElse(0);
    }

    /**
     * The value of the sample named {@code name} whose labels include {@code label="value"} (say
     * {@code profile="rpg"}), or 0 when there is none yet.
     */
    public static double value(String text, String name, String label, String value) {
        return PrometheusText.sample(text, name, label + "=\"" + value + "\"").orElse(0);
    }
}
