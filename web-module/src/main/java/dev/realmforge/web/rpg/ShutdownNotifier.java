package dev.realmforge.web.rpg;

import dev.realmforge.engine.event.ServerShutdownEvent;
import dev.realmforge.engine.session.DisconnectReason;
import java.time.Clock;
import java.util.Set;

/**
 * Tells every open connection that the server is stopping, closes them with 1001 once their
 * queued frames are out, and waits up to a grace period until every one of them is closed and its
 * player saved. Runs from a JVM shutdown hook:
 * Payara Micro stops its network listeners before applications are undeployed, so waiting for
 * {@code contextDestroyed} would be too late to reach anyone.
 */
final class ShutdownNotifier implements Runnable {

    private final Set<RpgConnection> connections;
    private final Clock clock;
    private final long graceMs;

    /** {@code connections} is a live view; a connection leaves it once its player is saved. */
    ShutdownNotifier(Set<RpgConnection> connections, Clock clock, long graceMs) {
        this.connections = connections;
        this.clock = clock;
        this.graceMs = graceMs;
    }

    @Override
    public void run() {
        ServerShutdownEvent notice = new ServerShutdownEvent("The server is shutting down", clock.instant());
        for (RpgConnection connection : Set.copyOf(connections)) {
            connection.deliver(notice);
            connection.close(DisconnectReason.SERVER_SHUTDOWN);
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
