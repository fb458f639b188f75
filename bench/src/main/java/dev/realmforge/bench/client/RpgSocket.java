package dev.realmforge.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One connection to the rpg socket ({@code /ws}) on a non-blocking JDK WebSocket. It sends frames
 * in its {@link Encoding}'s frame kind and hands every whole message it receives, reassembled from
 * its fragments and decoded by its frame kind (text as JSON, binary as MessagePack, whatever this
 * side sends), to its {@link Listener}. It holds no thread: the HTTP client's pool delivers.
 * <p>
 * A message that arrives in one fragment, as nearly all do, is decoded where it lies, without a
 * copy. One send at a time: {@link #send} waits for the frame to be written and serialises callers.
 */
public final class RpgSocket {

    /** What the connection reports; called on the HTTP client's threads, one call at a time. */
    public interface Listener {

        /** A whole message, and whether it came in a binary frame. */
        void onMessage(JsonNode message, boolean binary);

        /** The server closed the connection (its close frame's code and reason). */
        void onClose(int statusCode, String reason);

        /** The connection failed. */
        void onError(Throwable error);

        /** Every fragment as it arrives, before it is decoded: its bytes (binary) or characters (text). */
        default void onReceived(int size) {
        }

        /** A whole message that its frame kind's encoding cannot read. By default the error is thrown on. */
        default void onUnreadable(boolean binary, RuntimeException error) {
            throw error;
        }
    }

    private final Encoding encoding;
    private volatile WebSocket socket;

    private RpgSocket(Encoding encoding) {
        this.encoding = encoding;
    }

    /** The rpg socket of the server whose HTTP base URL (with its context root, if any) is {@code base}. */
    public static URI uri(URI base) {
        return URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws");
    }

    /**
     * Opens the socket at {@code uri}; completes when the opening handshake is done.
     * {@code connectTimeout} may be null (the HTTP client's own applies).
     */
    public static CompletableFuture<RpgSocket> open(HttpClient http, URI uri, Encoding encoding, Duration connectTimeout,
                                                    Listener listener) {
        return open(http, uri, encoding, connectTimeout, Map.of(), listener);
    }

    /** Like {@link #open(HttpClient, URI, Encoding, Duration, Listener)}, with extra headers on the upgrade request. */
    public static CompletableFuture<RpgSocket> open(HttpClient http, URI uri, Encoding encoding, Duration connectTimeout,
                                                    Map<String, String> headers, Listener listener) {
        RpgSocket connection = new RpgSocket(encoding);
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        headers.forEach(builder::header);
        return builder.buildAsync(uri, new Frames(listener, ws -> connection.socket = ws)).thenApply(ws -> {
            connection.socket = ws;
            return connection;
        });
    }

    public Encoding encoding() {
        return encoding;
    }

    /** Sends a request envelope ({@link Envelope#of}) and waits until it is written. */
    public void send(String id, String type, Map<String, ?> payload) {
        send(encoding.request(id, type, payload));
    }

    /** Sends bytes as they are, in this connection's frame kind, and waits until they are written. */
    public void send(byte[] frame) {
        synchronized (this) {
            sendAsync(frame).join();
        }
    }

    /**
     * Sends bytes as they are without waiting: the caller must not send again before the returned
     * stage completes (the JDK allows one outstanding send).
     */
    public CompletableFuture<WebSocket> sendAsync(byte[] frame) {
        WebSocket ws = socket;
        return encoding.binary() ? ws.sendBinary(ByteBuffer.wrap(frame), true)
                : ws.sendText(new String(frame, StandardCharsets.UTF_8), true);
    }

    public boolean isInputClosed() {
        return socket.isInputClosed();
    }

    public boolean isOutputClosed() {
        return socket.isOutputClosed();
    }

    /** Says goodbye with a normal close frame, if the output is still open, and drops the connection. */
    public void close() {
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        ws.abort();
    }

    /** Reassembles fragments into messages and decodes them; the JDK calls one method at a time. */
    static final class Frames implements WebSocket.Listener {
        private final Listener listener;
        private final Consumer<WebSocket> opened;
        private ByteArrayOutputStream binaryParts;
        private StringBuilder textParts;

        Frames(Listener listener, Consumer<WebSocket> opened) {
            this.listener = listener;
            this.opened = opened;
        }

        @Override
        public void onOpen(WebSocket ws) {
            opened.accept(ws);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            int size = data.remaining();
            listener.onReceived(size);
            if (last && (binaryParts == null || binaryParts.size() == 0)) {
                if (data.hasArray()) {
                    deliverBinary(data.array(), data.arrayOffset() + data.position(), size);
                } else {
                    byte[] whole = new byte[size];
                    data.get(whole);
                    deliverBinary(whole, 0, size);
                }
            } else {
                if (binaryParts == null) {
                    binaryParts = new ByteArrayOutputStream();
                }
                byte[] part = new byte[size];
                data.get(part);
                binaryParts.writeBytes(part);
                if (last) {
                    byte[] whole = binaryParts.toByteArray();
                    binaryParts.reset();
                    deliverBinary(whole, 0, whole.length);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            listener.onReceived(data.length());
            if (last && (textParts == null || textParts.length() == 0)) {
                deliverText(data.toString());
            } else {
                if (textParts == null) {
                    textParts = new StringBuilder();
                }
                textParts.append(data);
                if (last) {
                    String whole = textParts.toString();
                    textParts.setLength(0);
                    deliverText(whole);
                }
            }
            ws.request(1);
            return null;
        }

        private void deliverBinary(byte[] bytes, int offset, int length) {
            JsonNode message;
            try {
                message = Encoding.MSGPACK.decode(bytes, offset, length);
            } catch (RuntimeException unreadable) {
                listener.onUnreadable(true, unreadable);
                return;
            }
            listener.onMessage(message, true);
        }

        private void deliverText(String text) {
            JsonNode message;
            try {
                message = Encoding.JSON.mapper().readTree(text);
            } catch (IOException e) {
                listener.onUnreadable(false, new UncheckedIOException(e));
                return;
            } catch (RuntimeException unreadable) {
                listener.onUnreadable(false, unreadable);
                return;
            }
            listener.onMessage(message, false);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            listener.onClose(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            listener.onError(error);
        }
    }
}
