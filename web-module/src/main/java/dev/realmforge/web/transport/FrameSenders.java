package dev.realmforge.web.transport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads that hand frames to the container ({@code realmforge.ws.sender-threads}). Whoever
 * queues a frame (the tick, a request thread) only enqueues it; these threads encode and send.
 * The container's WebSocket send reschedules the session's idle timeout on a managed executor for
 * every frame, capturing the sending thread's context each time; the benchmarks found that to
 * dominate the tick when the tick sent (docs/benchmarks.md, ADR 0020). These threads take that
 * cost off the tick, and their empty context class loader makes the capture cheap.
 */
@ApplicationScoped
public class FrameSenders {

    @Inject
    @ConfigProperty(name = "realmforge.ws.sender-threads", defaultValue = "2")
    int threads;

    /** Senders as the container's own worker threads, with a write-buffer pool each (ADR 0037). */
    @Inject
    @ConfigProperty(name = "realmforge.ws.sender-write-pools", defaultValue = "true")
    boolean grizzlyWorkers;

    /**
     * The senders' context class loader. Payara's context capture looks up context providers with
     * {@code ServiceLoader} through the thread's context class loader on every frame; an empty
     * loader makes that lookup find nothing at once instead of scanning every jar of the application.
     */
    private static final ClassLoader NOTHING_TO_SCAN = new java.net.URLClassLoader(new java.net.URL[0], null);

    private ExecutorService pool;

    @PostConstruct
    void start() {
        if (threads < 1) {
            throw new IllegalStateException("realmforge.ws.sender-threads must be at least 1");
        }
        AtomicInteger count = new AtomicInteger();
        Optional<GrizzlyWorkerThreads> workers = grizzlyWorkers
                ? GrizzlyWorkerThreads.find(FrameSenders.class.getClassLoader()) : Optional.empty();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            String name = "realmforge-ws-sender-" + count.incrementAndGet();
            Thread thread = workers.map(w -> w.newThread(name, runnable)).orElseGet(() -> new Thread(runnable, name));
            thread.setDaemon(true);
            thread.setContextClassLoader(NOTHING_TO_SCAN);
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
