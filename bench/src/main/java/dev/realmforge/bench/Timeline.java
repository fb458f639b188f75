package dev.realmforge.bench;

import java.util.ArrayList;
import java.util.List;

/** One sample every few seconds: what the chart draws. */
final class Timeline {

    /** Seconds since the start of measuring (negative during warm-up), and the figures of that interval. */
    record Point(double second, int bots, double tickP99Ms, double moveP99Ms, double ageP99Ms) {
    }

    private final List<Point> points = new ArrayList<>();

    synchronized void add(Point point) {
        points.add(point);
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }
}
