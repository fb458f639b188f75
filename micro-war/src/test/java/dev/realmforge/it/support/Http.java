package dev.realmforge.it.support;

import dev.realmforge.bench.client.JsonHttp;
import java.net.URI;
import java.net.URL;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Small blocking HTTP client for the REST API: the shared client's {@link JsonHttp} (calls,
 * {@link JsonHttp.Reply}) on the test server, plus the raw bodies that only the tests send.
 */
public final class Http extends JsonHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Http(URL base) {
        super(CLIENT, toUri(base), Duration.ofSeconds(30));
    }

    static URI toUri(URL base) {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    public Reply postRawJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
