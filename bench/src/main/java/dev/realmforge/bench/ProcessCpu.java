package dev.realmforge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of a process on this machine and of its threads, read from {@code /proc} (Linux):
 * a reading at the start of the measured window and one at its end give the share of one core
 * the server used in exactly the window the other figures cover. Threads are grouped by name,
 * with their numbering taken off ({@code http-thread-pool::http-listener(12)} and its siblings
 * are one group; Linux keeps the first 15 characters of a thread's name).
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc}'s CPU times: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** CPU time so far, in clock ticks, of the whole process and of each thread group. */
    record Reading(long nanoTime, long processTicks, Map<String, Long> groupTicks) {
    }

    static Reading read(long pid) throws IOException {
        long now = System.nanoTime();
        long process = cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        Map<String, Long> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    groups.merge(group(threadName(stat)), cpuTicks(stat), Long::sum);
                } catch (IOException gone) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return new Reading(now, process, groups);
    }

    /**
     * Percent of one core between two readings, the process first ({@code "process"}), then the
     * thread groups from the busiest, those under 0.5 % left out. A thread group that ended in
     * between counts from zero.
     */
    static Map<String, Double> percentOfACore(Reading start, Reading end) {
        double seconds = Math.max(1e-9, (end.nanoTime() - start.nanoTime()) / 1e9);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("process", percent(end.processTicks() - start.processTicks(), seconds));
        end.groupTicks().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), percent(e.getValue() - start.groupTicks().getOrDefault(e.getKey(), 0L), seconds)))
                .filter(e -> e.getValue() >= 0.5)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static double percent(long ticks, double seconds) {
        return Math.round(ticks / TICKS_PER_SECOND / seconds * 1000) / 10.0;
    }

    /** utime + stime: fields 14 and 15 of a stat line, counted after the parenthesised name. */
    static long cpuTicks(String stat) {
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" "));
        return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    }

    static String threadName(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** A thread's group: its name without the trailing digits, brackets and separators that number it. */
    static String group(String name) {
        String group = name.replaceAll("[\\d()\\[\\]#:._ -]+$", "");
        return group.isEmpty() ? name : group;
    }
}
