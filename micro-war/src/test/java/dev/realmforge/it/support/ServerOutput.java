package dev.realmforge.it.support;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The console output of the shared Payara Micro, for tests that check what the server logged. The
 * Arquillian connector copies every line the Micro process prints to this JVM's {@code System.out}
 * (its {@code OutputLoggingConsumer} calls {@code System.out.println} per line, looking the stream
 * up each time); {@link #capture()} puts a stream in front of it that keeps the most recent
 * {@value #KEPT} lines and passes everything on unchanged.
 */
public final class ServerOutput {

    private static final int KEPT = 20_000;
    private static final Deque<String> LINES = new ArrayDeque<>();
    private static long printed;
    private static boolean capturing;

    private ServerOutput() {
    }

    /** Starts keeping lines (once per JVM; later calls do nothing). */
    public static synchronized void capture() {
        if (capturing) {
            return;
        }
        PrintStream console = System.out;
        System.setOut(new PrintStream(console, true) {
            @Override
            public void println(String line) {
                keep(line);
                super.println(line);
            }
        });
        capturing = true;
    }

    private static synchronized void keep(String line) {
        if (LINES.size() == KEPT) {
            LINES.removeFirst();
        }
        LINES.addLast(String.valueOf(line));
        printed++;
        ServerOutput.class.notifyAll();
    }

    /** How many lines have been printed so far: a mark to search after. */
    public static synchronized long mark() {
        requireCapturing();
        return printed;
    }

    /**
     * Waits until a line printed after {@code mark} contains {@code fragment}; returns that line.
     * Fails when none does within {@code limit}.
     */
    public static synchronized String awaitLine(long mark, String fragment, Duration limit) throws InterruptedException {
        requireCapturing();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long index = printed - LINES.size();
            for (String line : LINES) {
                if (index++ >= mark && line.contains(fragment)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the shared server printed no line containing \"" + fragment + "\" within " + limit);
            }
            ServerOutput.class.wait(Math.max(1, left / 1_000_000));
        }
    }

    private static void requireCapturing() {
        if (!capturing) {
            throw new IllegalStateException("ServerOutput.capture() was not called: the shared deployment installs it");
        }
    }
}
