package dev.realmforge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realmforge.bench.client.PrometheusText;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The swarm's own parts that need no server: options, metrics text, the walk grid, the report. */
class SwarmPartsTest {

    @Test
    void optionsHaveDefaultsAndRefuseWhatTheyDoNotKnow() {
        SwarmOptions defaults = SwarmOptions.parse();
        assertThat(defaults.server().toString()).isEqualTo("http://localhost:8080");
        assertThat(defaults.bots()).isEqualTo(100);
        assertThat(defaults.scenario()).isEqualTo(SwarmOptions.Scenario.SPREAD);
        assertThat(defaults.placesBots()).isFalse();

        SwarmOptions custom = SwarmOptions.parse("--url", "http://h:1/app/", "--bots", "7", "--scenario", "crowd",
                "--duration", "600", "--admin", "boss:secret:with:colons");
        assertThat(custom.server().toString()).isEqualTo("http://h:1/app");
        assertThat(custom.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(custom.adminPassword()).isEqualTo("secret:with:colons");

        assertThatThrownBy(() -> SwarmOptions.parse("--bot", "3")).hasMessageContaining("unknown option --bot");
        assertThatThrownBy(() -> SwarmOptions.parse("--name", "x")).hasMessageContaining("unknown option --name");
        assertThatThrownBy(() -> SwarmOptions.parse("--bots", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SwarmOptions.parse("--bots")).hasMessageContaining("expected --name value");

        assertThat(defaults.mapId()).isEqualTo("samplemap");
        assertThat(defaults.fights()).isFalse();
        assertThat(defaults.serverPid()).isNull();
        SwarmOptions fighting = SwarmOptions.parse("--map", "fields", "--admin", "a:b", "--fight", "yes", "--server-pid", "42");
        assertThat(fighting.mapId()).isEqualTo("fields");
        assertThat(fighting.fights()).isTrue();
        assertThat(fighting.serverPid()).isEqualTo(42L);
        assertThatThrownBy(() -> SwarmOptions.parse("--map", "fields")).hasMessageContaining("--map needs --admin");
        assertThatThrownBy(() -> SwarmOptions.parse("--fight", "maybe")).hasMessageContaining("yes or no");
    }

    @Test
    void tickQuantilesAreReadInWhicheverUnitTheServerWrites() {
        String text = """
                # TYPE realmforge_tick_duration_seconds summary
                realmforge_tick_duration_seconds{mp_scope="application",quantile="0.5"} 1250000.0
                realmforge_tick_duration_seconds{mp_scope="application",quantile="0.99"} 0.004
                realmforge_tick_duration_seconds_max{mp_scope="application"} 9000000.0
                realmforge_tick_overruns{mp_scope="application"} 3.0
                """;
        assertThat(PrometheusText.tickMillis(text, "0.5").getAsDouble()).isEqualTo(1.25);
        assertThat(PrometheusText.tickMillis(text, "0.99").getAsDouble()).isEqualTo(4.0);
        assertThat(PrometheusText.tickMillis(text, "max").getAsDouble()).isEqualTo(9.0);
        assertThat(PrometheusText.sample(text, "realmforge_tick_overruns", "").getAsDouble()).isEqualTo(3.0);
        assertThat(PrometheusText.sample(text, "realmforge_tick_count", "")).isEmpty();
    }

    @Test
    void aReportTurnsMicrosecondsIntoMillisecondsAndRatesPerBot() {
        SwarmMetrics metrics = new SwarmMetrics();
        metrics.startMeasuring();
        metrics.moveAnswered(0, 2_000_000);      // 2 ms
        metrics.updateReceived(40_000);          // 40 ms
        metrics.error("MOVEMENT_BLOCKED");
        metrics.interval();

        SignIns signIns = new SignIns(0);
        signIns.welcomed(0, 300_000_000);            // due at 0, welcomed after 300 ms
        signIns.welcomed(500_000_000, 1_000_000_000); // the second welcomed 1 s after the first was due
        signIns.failed();

        Report report = new Report(SwarmOptions.parse("--bots", "4"), metrics, signIns.asMap(2),
                new Report.ServerFigures(1, 2, 3, 100, 0), null, java.util.Map.of("process", 12.5));

        assertThat(report.figures()).containsKeys("run", "cmd_move_round_trip_ms", "update_age_ms",
                "bytes_per_second_per_bot", "errors", "server_tick", "sign_in");
        assertThat(report.summary()).contains("\"achieved_per_second\" : 2.0").contains("\"failed\" : 1")
                .contains("\"p50\" : 300.0");
        assertThat(report.summary()).contains("\"MOVEMENT_BLOCKED\" : 1").contains("\"p99\" : 2.0")
                .contains("\"ticks_during_run\" : 100").contains("\"process\" : 12.5");
    }

    @Test
    void serverCpuIsTheShareOfOneCoreOverTheWindowByThreadGroup() {
        String stat = "4242 (http-thread-poo) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 40 0 100 200 300";
        assertThat(ProcessCpu.cpuTicks(stat)).isEqualTo(300);
        assertThat(ProcessCpu.threadName(stat)).isEqualTo("http-thread-poo");
        assertThat(ProcessCpu.cpuTicks("7 (odd ) name) R 1 2 3 4 5 6 7 8 9 10 1 2 0 0")).isEqualTo(3);
        assertThat(ProcessCpu.group("__ejb-thread-pool12")).isEqualTo("__ejb-thread-pool");
        assertThat(ProcessCpu.group("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
        assertThat(ProcessCpu.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ProcessCpu.group("42")).isEqualTo("42");

        var start = new ProcessCpu.Reading(0, 1_000, java.util.Map.of("ws-sender", 100L, "gone", 5L));
        var end = new ProcessCpu.Reading(10_000_000_000L, 1_500, java.util.Map.of("ws-sender", 300L, "new", 50L, "idle", 0L));

        assertThat(ProcessCpu.percentOfACore(start, end)).containsExactly(
                java.util.Map.entry("process", 50.0), java.util.Map.entry("ws-sender", 20.0), java.util.Map.entry("new", 5.0));
    }

    @Test
    void profilesAreFoundByNameAndAnUnknownOneListsTheKnown() {
        assertThat(SwarmProfiles.named("rpg").zone()).isEqualTo("rpg");
        assertThat(SwarmOptions.parse().profile()).isEqualTo("rpg");
        assertThatThrownBy(() -> SwarmProfiles.named("nope")).hasMessageContaining("known: rpg");
    }

    @Test
    void tickFiguresAreReadForTheProfilesZoneOrFromAnUntaggedServer() {
        String zoned = """
                realmforge_tick_duration_seconds{mp_scope="application",zone="space",quantile="0.99"} 0.009
                realmforge_tick_duration_seconds{mp_scope="application",zone="rpg",quantile="0.99"} 0.004
                """;
        String untagged = """
                realmforge_tick_duration_seconds{mp_scope="application",quantile="0.99"} 0.006
                """;

        assertThat(PrometheusText.tickMillis(zoned, "rpg", "0.99").getAsDouble()).isEqualTo(4.0);
        assertThat(PrometheusText.tickMillis(untagged, "rpg", "0.99").getAsDouble()).isEqualTo(6.0);
    }
}
