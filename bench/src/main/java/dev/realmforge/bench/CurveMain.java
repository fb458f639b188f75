package dev.realmforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How the figures move with the number of bots: {@code CurveMain <chart.png> <report dir>...}
 * reads each run's report.json and draws, against the bots asked for, the p99 latencies (log
 * scale) above, and the bots still connected at the end and the downstream bytes per bot below.
 */
public final class CurveMain {

    private CurveMain() {
    }

    /** The figures of one run that the curve plots. */
    record Run(int bots, double tickP99, double moveP99, double ageP99, int connected, double downPerBot) {

        static Run of(JsonNode report) {
            return new Run(report.path("run").path("bots").asInt(),
                    report.path("server_tick").path("p99_ms").asDouble(),
                    report.path("cmd_move_round_trip_ms").path("p99").asDouble(),
                    report.path("update_age_ms").path("p99").asDouble(),
                    report.path("connected_at_end").asInt(),
                    // the report divides by the bots asked for; a bot shed by the server receives nothing
                    report.path("bytes_per_second_per_bot").path("down").asDouble() * report.path("run").path("bots").asInt()
                            / Math.max(1, report.path("connected_at_end").asInt()));
        }
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (args.length < 2) {
            System.err.println("usage: CurveMain <chart.png> <report dir>...");
            System.exit(2);
        }
        List<Run> runs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 1; i < args.length; i++) {
            runs.add(Run.of(json.readTree(Path.of(args[i], "report.json").toFile())));
        }
        runs.sort(Comparator.comparingInt(Run::bots));
        write(runs, Path.of(args[0]));
        System.out.println("wrote " + args[0]);
    }

    static void write(List<Run> runs, Path png) throws IOException {
        XYSeries tick = new XYSeries("server tick p99 (ms)");
        XYSeries move = new XYSeries("cmd_move round trip p99 (ms)");
        XYSeries age = new XYSeries("update age p99 (ms)");
        XYSeries connected = new XYSeries("bots connected at the end");
        XYSeries down = new XYSeries("downstream bytes/s per connected bot");
        for (Run run : runs) {
            tick.add(run.bots(), Math.max(0.1, run.tickP99()));
            move.add(run.bots(), Math.max(0.1, run.moveP99()));
            age.add(run.bots(), Math.max(0.1, run.ageP99()));
            connected.add(run.bots(), run.connected());
            down.add(run.bots(), run.downPerBot());
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("bots asked for"));
        plot.add(plot(new LogarithmicAxis("milliseconds (log)"), tick, move, age), 3);
        plot.add(plot(new NumberAxis("bots / bytes per second"), connected, down), 2);
        JFreeChart chart = new JFreeChart("spread on fields: figures against the number of bots",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 700);
    }

    private static XYPlot plot(NumberAxis axis, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) {
            data.addSeries(s);
        }
        return new XYPlot(data, null, axis, new XYLineAndShapeRenderer(true, true));
    }
}
