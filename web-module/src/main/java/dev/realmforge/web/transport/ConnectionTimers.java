package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for connection deadlines (a socket that must authenticate within so many
 * seconds) and the container's idle timeouts ({@link IdleTimeouts}). Tasks are tiny: they look at
 * a flag and may ask a queue to close. Cancelled tasks leave the queue at once, so
 * open-and-authenticate, and an idle timeout restarted on every frame, leave no garbage behind.
 */
@ApplicationScoped
public class ConnectionTimers {

    private ScheduledThreadPoolExecutor timer;

    @PostConstruct
    void start() {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "realmforge-ws-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The scheduler itself, for the container's idle timeouts. */
    ScheduledExecutorService scheduler() {
        return timer;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
