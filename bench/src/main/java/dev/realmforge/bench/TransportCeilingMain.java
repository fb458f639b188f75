package dev.realmforge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * The client of the bare-transport ceiling ({@code bin/transport-ceiling}): opens {@code
 * connections} sockets to a push server ({@link dev.realmforge.bench.transport.PushServerMain}),
 * lets them receive through a warm-up, then for the measured window counts frames, records each
 * frame's age (the server wrote its send time into the first eight bytes) and reads the server
 * process's CPU from /proc. Prints one line: frames per second received, server CPU, frames per
 * second per core, age p50 and p99.
 * Usage: {@code TransportCeilingMain url connections warmup-seconds seconds server-pid}.
 */
public final class TransportCeilingMain {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    private TransportCeilingMain() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration window = Duration.ofSeconds(Long.parseLong(args[3]));
        long serverPid = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        Recorder ages = new Recorder(MAX_MICROS, 3);
        LongAdder frames = new LongAdder();
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(url, new Counting(ages, frames)).join());
            if (i % 100 == 99) {
                TimeUnit.MILLISECONDS.sleep(200); // a ramp, not a stampede
            }
        }
        TimeUnit.NANOSECONDS.sleep(warmup.toNanos());
        ages.reset();
        frames.reset();
        ProcessCpu.Reading start = ProcessCpu.read(serverPid);
        TimeUnit.NANOSECONDS.sleep(window.toNanos());
        ProcessCpu.Reading end = ProcessCpu.read(serverPid);
        long received = frames.sum();
        var age = ages.getIntervalHistogram();
        Map<String, Double> cpu = ProcessCpu.percentOfACore(start, end);
        double seconds = (end.nanoTime() - start.nanoTime()) / 1e9;
        double perSecond = received / seconds;
        double process = cpu.get("process");
        System.out.println(String.format(Locale.ROOT,
                "bare transport: %d connections, %.0f frames/s received, server CPU %.1f %% of a core, "
                        + "%.0f frames/s per core, age p50 %.1f ms p99 %.1f ms (server threads: %s)",
                connections, perSecond, process, perSecond / Math.max(0.001, process / 100),
                age.getValueAtPercentile(50) / 1000.0, age.getValueAtPercentile(99) / 1000.0, cpu));
        sockets.forEach(socket -> socket.abort());
        System.exit(0);
    }

    /** Counts whole binary messages and records the age written in the first eight bytes of each. */
    private static final class Counting implements WebSocket.Listener {

        private final Recorder ages;
        private final LongAdder frames;
        private boolean atStart = true; // the next piece begins a message (one socket's pieces come in order)

        Counting(Recorder ages, LongAdder frames) {
            this.ages = ages;
            this.frames = frames;
        }

        @Override
        public void onOpen(WebSocket ws) {
            ws.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            if (atStart && data.remaining() >= Long.BYTES) {
                long sentMicros = data.getLong(data.position());
                long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
                ages.recordValue(Math.min(MAX_MICROS, Math.max(0, now - sentMicros)));
            }
            atStart = last;
            if (last) {
                frames.increment();
            }
            return null;
        }
    }
}
