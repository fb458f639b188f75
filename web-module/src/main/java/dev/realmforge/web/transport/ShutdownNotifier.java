package dev.realmforge.web.transport;

import java.time.Clock;
import java.util.Set;

/**
 * Tells every open connection of every profile that the server is stopping, closes them with 1001 once their
 * queued frames are out, and waits up to a grace period until every one of them is closed and its
 * session saved. Runs from a JVM shutdown hook:
 * Payara Micro stops its network listeners before applications are undeployed, so waiting for
 * {@code contextDestroyed} would be too late to reach anyone.
 */
final class ShutdownNotifier implements Runnable {

    private final Set<LiveConnection> connections;
    private final String message;
    private final Clock clock;
    private final long graceMs;

    /** {@code connections} is a live view; a connection leaves it once its session is saved. */
    ShutdownNotifier(Set<LiveConnection> connections, String message, Clock clock, long graceMs) {
        this.connections = connections;
        this.message = message;
        this.clock = clock;
        this.graceMs = graceMs;
    }

    @Override
    public void run() {
        for (LiveConnection connection : Set.copyOf(connections)) {
            connection.serverShutdown(message, clock.instant());
        }
        long deadline = System.nanoTime() + graceMs * 1_000_000;
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
