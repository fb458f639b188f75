package dev.realmforge.bench;

import java.util.List;

/** Reads the output of {@code jcmd <pid> GC.class_histogram}. */
final class ClassHistogram {

    private ClassHistogram() {
    }

    /** The bytes of all live objects: the listing's last line, "Total &lt;instances&gt; &lt;bytes&gt;". */
    static double totalBytes(String histogram) {
        List<String> lines = histogram.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).trim().split("\\s+");
            if (parts.length == 3 && parts[0].equals("Total")) {
                return Double.parseDouble(parts[2]);
            }
        }
        throw new IllegalArgumentException("no Total line in the class histogram");
    }
}
