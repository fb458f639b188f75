package dev.realmforge.bench.client;

import static org.assertj.core.api.Assertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The shared client's parts that need no server: frames, envelopes, reassembly, addresses. */
class ClientPartsTest {

    @Test
    void aRequestIsTheEnvelopeInOrderWithVersionTwo() {
        assertThat(new String(Encoding.JSON.request("m1", "cmd_move", Map.of("direction", "UP")), UTF_8))
                .isEqualTo("{\"id\":\"m1\",\"type\":\"cmd_move\",\"payload\":{\"direction\":\"UP\"},\"version\":\"2.0\"}");

        Map<String, Object> byHand = new LinkedHashMap<>();
        byHand.put("id", "auth");
        byHand.put("type", "cmd_authenticate");
        byHand.put("payload", Map.of("token", "t"));
        byHand.put("version", "2.0");
        assertThat(Encoding.MSGPACK.request("auth", "cmd_authenticate", Map.of("token", "t")))
                .isEqualTo(Encoding.MSGPACK.encode(byHand));
        assertThat(Encoding.MSGPACK.binary()).isTrue();
        assertThat(Encoding.JSON.binary()).isFalse();
    }

    @Test
    void framesAreDecodedWhereTheyLieAndEnvelopesRead() {
        byte[] frame = Encoding.MSGPACK.encode(Map.of("type", "event_game_update", "payload", Map.of("tick", 3)));
        byte[] padded = new byte[frame.length + 7];
        System.arraycopy(frame, 0, padded, 5, frame.length);

        JsonNode event = Encoding.MSGPACK.decode(padded, 5, frame.length);
        assertThat(Envelope.type(event)).isEqualTo("event_game_update");
        assertThat(Envelope.payload(event).path("tick").asInt()).isEqualTo(3);
        assertThat(Envelope.id(event)).as("an event has no id").isEmpty();
        assertThat(Envelope.id(Encoding.JSON.decode("{\"id\":null}".getBytes(UTF_8)))).isEmpty();
        assertThat(Envelope.id(Encoding.JSON.decode("{\"id\":\"q1\"}".getBytes(UTF_8)))).isEqualTo("q1");
        assertThatThrownBy(() -> Encoding.JSON.decode("{not json".getBytes(UTF_8))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSocketIsAtWsUnderTheBaseUrl() {
        assertThat(RpgSocket.uri(URI.create("http://h:1/app/"))).isEqualTo(URI.create("ws://h:1/app/ws"));
        assertThat(RpgSocket.uri(URI.create("https://h:1"))).isEqualTo(URI.create("wss://h:1/ws"));
        assertThat(new JsonHttp(null, URI.create("http://h:1/app/"), null).uri("/auth/login"))
                .isEqualTo(URI.create("http://h:1/app/auth/login"));
    }

    @Test
    void fragmentsAreReassembledIntoMessagesOfTheirFrameKind() {
        Recording seen = new Recording();
        RpgSocket.Frames frames = new RpgSocket.Frames(seen, ws -> { });
        FakeSocket ws = new FakeSocket();
        byte[] update = Encoding.MSGPACK.encode(Map.of("type", "event_game_update"));
        byte[] reply = Encoding.MSGPACK.encode(Map.of("id", "m1", "type", "resp_success"));

        // one fragment in a slice of a larger heap buffer, one in a direct buffer, one in three parts
        ByteBuffer larger = ByteBuffer.allocate(update.length + 10);
        larger.position(4);
        larger.put(update);
        larger.position(4).limit(4 + update.length);
        frames.onBinary(ws, larger.slice(), true);
        ByteBuffer direct = ByteBuffer.allocateDirect(reply.length);
        direct.put(reply).flip();
        frames.onBinary(ws, direct, true);
        frames.onBinary(ws, ByteBuffer.wrap(reply, 0, 2), false);
        frames.onBinary(ws, ByteBuffer.wrap(reply, 2, 3), false);
        frames.onBinary(ws, ByteBuffer.wrap(reply, 5, reply.length - 5), true);
        frames.onText(ws, "{\"type\":\"event_skills\"}", true);
        frames.onText(ws, CharBuffer.wrap("{\"type\":\"event_"), false);
        frames.onText(ws, "chat_message\"}", true);
        frames.onBinary(ws, ByteBuffer.wrap(new byte[] {(byte) 0xc1}), true);

        assertThat(seen.messages).containsExactly("binary event_game_update", "binary resp_success",
                "binary resp_success", "text event_skills", "text event_chat_message");
        assertThat(seen.unreadable).isEqualTo(1);
        assertThat(seen.received).isEqualTo(update.length + 2L * reply.length + 23 + 15 + 14 + 1);
        assertThat(ws.requested).as("one more message asked for after each fragment").isEqualTo(9);
    }

    private static final class Recording implements RpgSocket.Listener {
        final List<String> messages = new ArrayList<>();
        long received;
        int unreadable;

        @Override
        public void onMessage(JsonNode message, boolean binary) {
            messages.add((binary ? "binary " : "text ") + Envelope.type(message));
        }

        @Override
        public void onReceived(int size) {
            received += size;
        }

        @Override
        public void onUnreadable(boolean binary, RuntimeException error) {
            unreadable++;
        }

        @Override
        public void onClose(int statusCode, String reason) {
        }

        @Override
        public void onError(Throwable error) {
        }
    }

    /** Counts what the listener asks for; sends nothing. */
    private static final class FakeSocket implements WebSocket {
        long requested;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public String getSubprotocol() {
            return "";
        }

        @Override
        public boolean isOutputClosed() {
            return false;
        }

        @Override
        public boolean isInputClosed() {
            return false;
        }

        @Override
        public void abort() {
        }
    }
}
