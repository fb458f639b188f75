package dev.realmforge.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the timeline as a PNG: server tick p99, move round trip p99 and update age p99 over time,
 * on a logarithmic scale so that a sign-in spike of seconds does not flatten milliseconds.
 */
final class Chart {

    private Chart() {
    }

    static void write(Timeline timeline, String title, Path png) throws IOException {
        XYSeries tick = new XYSeries("server tick p99 (ms)");
        XYSeries move = new XYSeries("cmd_move round trip p99 (ms)");
        XYSeries age = new XYSeries("update age p99 (ms)");
        for (Timeline.Point p : timeline.points()) {
            if (!Double.isNaN(p.tickP99Ms())) {
                tick.add(p.second(), p.tickP99Ms());
            }
            if (!Double.isNaN(p.moveP99Ms())) {
                move.add(p.second(), p.moveP99Ms());
            }
            if (!Double.isNaN(p.ageP99Ms())) {
                age.add(p.second(), p.ageP99Ms());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(tick);
        data.addSeries(move);
        data.addSeries(age);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds since measuring began (warm-up < 0)",
                "milliseconds", data, PlotOrientation.VERTICAL, true, false, false);
        LogarithmicAxis milliseconds = new LogarithmicAxis("milliseconds (log)");
        milliseconds.setAllowNegativesFlag(true);
        chart.getXYPlot().setRangeAxis(milliseconds);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 500);
    }
}
