package dev.realmforge.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A WebSocket client on a plain socket that sends JSON text frames and reads nothing until told
 * to: a client that has stopped keeping up. Its receive buffer is kept small so that the
 * server's side fills quickly.
 */
public final class StalledClient implements AutoCloseable {

    /** How the server ended the connection, as seen from the stalled side. */
    public enum HangUp { CLOSE_FRAME, END_OF_STREAM, RESET }

    private final Socket socket;
    private final OutputStream out;

    private StalledClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /** Connects and completes the opening handshake of {@code /ws} at {@code base}. */
    public static StalledClient connect(URL base) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        String path = base.getPath().replaceAll("/$", "") + "/ws";
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        StalledClient client = new StalledClient(socket);
        client.out.write(request.getBytes(StandardCharsets.US_ASCII));
        client.out.flush();
        String status = client.readHandshakeResponse();
        if (!status.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new AssertionError("handshake refused: " + status);
        }
        return client;
    }

    private String readHandshakeResponse() throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed during the handshake");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
    }

    /** Sends one masked, final text frame, as a client must. */
    public void sendText(byte[] utf8) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(utf8.length + 8);
        frame.write(0x81);
        if (utf8.length < 126) {
            frame.write(0x80 | utf8.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(utf8.length >>> 8);
            frame.write(utf8.length & 0xff);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < utf8.length; i++) {
            frame.write(utf8[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /**
     * Starts reading at last and discards everything until the server ends the connection: a close
     * frame, the end of the stream or a reset. Fails if the connection is still open after
     * {@code limit}.
     */
    public HangUp awaitHangUp(Duration limit) throws IOException {
        try {
            return readUntilHangUp(64 * 1024, Duration.ZERO, limit, () -> false).hangUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Reads, but slowly: {@code chunk} bytes every {@code pause}, until the server ends the
     * connection. Returns the close code of the server's close frame, or -1 when the connection
     * ended without one. Fails if the connection is still open after {@code limit}.
     */
    public int trickleUntilClosed(int chunk, Duration pause, Duration limit) throws IOException, InterruptedException {
        return readUntilHangUp(chunk, pause, limit, () -> false).closeCode();
    }

    /**
     * Like {@link #trickleUntilClosed(int, Duration, Duration)}, but reads at full speed from the
     * moment {@code serverGaveUp} is true (asked at most twice a second). Once the server has
     * decided to close, how slowly the client reads no longer matters, while the bytes the kernel
     * buffers ahead of the close frame (up to net.ipv4.tcp_wmem's maximum, 4 MB by default, and
     * more of it the warmer the server) would take minutes to trickle through.
     */
    public int trickleUntilClosed(int chunk, Duration pause, Duration limit, BooleanSupplier serverGaveUp)
            throws IOException, InterruptedException {
        return readUntilHangUp(chunk, pause, limit, serverGaveUp).closeCode();
    }

    private record Ending(HangUp hangUp, int closeCode) {
    }

    private Ending readUntilHangUp(int chunk, Duration pause, Duration limit, BooleanSupplier hurry)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        InputStream in = socket.getInputStream();
        socket.setSoTimeout(1000);
        FrameScanner frames = new FrameScanner();
        byte[] buffer = new byte[chunk];
        boolean hurrying = false;
        long nextAsk = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!hurrying && System.nanoTime() >= nextAsk) {
                hurrying = hurry.getAsBoolean();
                nextAsk = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                if (hurrying) {
                    buffer = new byte[64 * 1024];
                }
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException quiet) {
                continue;
            } catch (SocketException reset) {
                return new Ending(HangUp.RESET, -1);
            }
            if (n < 0) {
                return new Ending(HangUp.END_OF_STREAM, frames.closeCode());
            }
            frames.sawClose(buffer, n);
            if (frames.closeSeen() && (pause.isZero() || frames.closeCode() > 0)) {
                return new Ending(HangUp.CLOSE_FRAME, frames.closeCode());
            }
            if (!hurrying) {
                Thread.sleep(pause.toMillis());
            }
        }
        throw new AssertionError("the server kept the connection open for " + limit);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Follows the server's unmasked frame headers through the byte stream to spot a close frame. */
    private static final class FrameScanner {
        private final ByteArrayOutputStream header = new ByteArrayOutputStream();
        private long payloadLeft;
        private boolean closing;
        private final ByteArrayOutputStream closePayload = new ByteArrayOutputStream();

        boolean closeSeen() {
            return closing;
        }

        /** The code of a close frame seen so far, or -1. */
        int closeCode() {
            byte[] p = closePayload.toByteArray();
            return p.length >= 2 ? ((p[0] & 0xff) << 8) | (p[1] & 0xff) : -1;
        }

        boolean sawClose(byte[] data, int length) {
            for (int i = 0; i < length; ) {
                if (closing) {
                    closePayload.write(data[i++]);
                    continue;
                }
                if (payloadLeft > 0) {
                    int skip = (int) Math.min(payloadLeft, length - i);
                    payloadLeft -= skip;
                    i += skip;
                    continue;
                }
                header.write(data[i++]);
                byte[] h = header.toByteArray();
                int needed = headerLength(h);
                if (h.length == needed) {
                    if ((h[0] & 0x0f) == 0x8) {
                        closing = true;
                        for (int j = i; j < length; j++) {
                            closePayload.write(data[j]);
                        }
                        return true;
                    }
                    payloadLeft = payloadLength(h);
                    header.reset();
                }
            }
            return false;
        }

        private static int headerLength(byte[] h) {
            if (h.length < 2) {
                return 2;
            }
            int len = h[1] & 0x7f;
            return len == 126 ? 4 : len == 127 ? 10 : 2;
        }

        private static long payloadLength(byte[] h) {
            int len = h[1] & 0x7f;
            if (len < 126) {
                return len;
            }
            long value = 0;
            for (int i = 2; i < h.length; i++) {
                value = (value << 8) | (h[i] & 0xff);
            }
            return value;
        }
    }
}
