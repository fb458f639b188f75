package dev.realmforge.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the server's application metrics in Prometheus text format. */
public final class Metrics {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Metrics() {
    }

    /** The text of {@code /metrics?scope=application} on the server of {@code base}, whatever its context root. */
    public static String read(URL base) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                + "/metrics?scope=application");
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("metrics not readable at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The value of the first sample named {@code name} (any labels), or 0 when the metric has none yet. */
    public static double value(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    /**
     * The value of the sample named {@code name} whose labels include {@code label="value"} (say
     * {@code profile="rpg"}), or 0 when there is none yet.
     */
    public static double value(String text, String name, String label, String value) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*,)?" + Pattern.quote(label + "=\"" + value + "\"")
                + "[^}]*\\} (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }
}
