package dev.realmforge.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small blocking client for the server's JSON REST API: paths under one base URL (which may carry
 * a context root), JSON bodies, bearer tokens. Every call returns the {@link Reply}, whatever its
 * status; a call that gets no answer at all throws.
 */
public class JsonHttp {

    /** A response: status, parsed JSON body (missing when empty or not JSON) and the Retry-After header. */
    public record Reply(int status, JsonNode body, Optional<String> retryAfter) {
    }

    private final HttpClient client;
    private final String base;
    private final Duration timeout;

    /** Calls paths under {@code base} through {@code client}, each bounded by {@code timeout}. */
    public JsonHttp(HttpClient client, URI base, Duration timeout) {
        this.client = client;
        this.base = base.toString().replaceAll("/$", "");
        this.timeout = timeout;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public Reply postJson(String path, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)), body, false));
    }

    public Reply postAuthorized(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply postAuthorized(String path, String token, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token), body, false));
    }

    public Reply putAuthorized(String path, String token, Object body) {
        return send(json(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token), body, true));
    }

    public Reply getAuthorized(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, Object body, boolean put) {
        HttpRequest.BodyPublisher bytes = HttpRequest.BodyPublishers.ofByteArray(Encoding.JSON.encode(body));
        request.header("Content-Type", "application/json");
        return put ? request.PUT(bytes) : request.POST(bytes);
    }

    /** Sends any request (this client's timeout is added) and reads the answer as JSON. */
    public Reply send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = call(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body;
        try {
            body = response.body().length == 0 ? MissingNode.getInstance() : Encoding.JSON.decode(response.body());
        } catch (RuntimeException notJson) {
            body = MissingNode.getInstance();
        }
        return new Reply(response.statusCode(), body, response.headers().firstValue("Retry-After"));
    }

    /** The body of a GET as text, whatever the status (the metrics endpoint, say). */
    public String text(URI uri) {
        return call(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
