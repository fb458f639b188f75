package dev.realmforge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools around a report: the curve, the timeline chart, the heap reading. */
class ReportToolsTest {

    @Test
    void readsARunsFiguresCountingBytesPerBotStillConnected() throws Exception {
        CurveMain.Run run = CurveMain.Run.of(new ObjectMapper().readTree("""
                {"run": {"bots": 1000}, "connected_at_end": 800,
                 "server_tick": {"p99_ms": 55.7}, "cmd_move_round_trip_ms": {"p99": 375.8},
                 "update_age_ms": {"p99": 365.0}, "bytes_per_second_per_bot": {"down": 4000.0, "up": 70.0}}
                """));
        assertThat(run).isEqualTo(new CurveMain.Run(1000, 55.7, 375.8, 365.0, 800, 5000.0));
    }

    @Test
    void drawsAPng(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path png = dir.resolve("curve.png");
        CurveMain.write(List.of(new CurveMain.Run(250, 8, 9, 9, 250, 2200), new CurveMain.Run(500, 20, 30, 25, 500, 3000)),
                png);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void theTimelineChartIsDrawnOnALogScaleEvenWithZeroesAndGaps(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Timeline timeline = new Timeline();
        timeline.add(new Timeline.Point(-5, 10, 0.0, 12_000, Double.NaN));
        timeline.add(new Timeline.Point(0, 10, 3.5, 4.2, 2.0));
        Path png = dir.resolve("timeline.png");
        Chart.write(timeline, "test", png);
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @Test
    void theLiveHeapIsTheTotalLineOfAClassHistogram() {
        String listing = """
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        635678       52112345  [B (java.base@17.0.15)
                   2:         10000         320000  java.lang.String (java.base@17.0.15)
                Total       2117813      175012345
                """;
        assertThat(ClassHistogram.totalBytes(listing)).isEqualTo(175_012_345.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClassHistogram.totalBytes("nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
