package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads that hand frames to the container ({@code realmforge.ws.sender-threads}). Whoever
 * queues a frame (the tick, a request thread) only enqueues it; these threads encode and send.
 * They are plain threads on purpose: the container's WebSocket send reschedules the session's
 * idle timeout on a managed executor for every frame, and from a container thread that means
 * capturing the thread's context each time, which the benchmarks found to dominate the tick
 * (docs/benchmarks.md). From a thread outside any component there is no context to capture.
 */
@ApplicationScoped
public class FrameSenders {

    @Inject
    @ConfigProperty(name = "realmforge.ws.sender-threads", defaultValue = "2")
    int threads;

    private ExecutorService pool;

    @PostConstruct
    void start() {
        if (threads < 1) {
            throw new IllegalStateException("realmforge.ws.sender-threads must be at least 1");
        }
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "realmforge-ws-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public java.util.concurrent.Executor executor() {
        return pool;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
