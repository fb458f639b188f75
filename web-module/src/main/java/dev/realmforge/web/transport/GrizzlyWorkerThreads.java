package dev.realmforge.web.transport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sender threads of the kind Payara's HTTP layer (Grizzly) gives a write-buffer pool of
 * their own. The container copies each frame a thread writes into a response buffer of 8 KB;
 * a Grizzly worker thread takes that buffer from its pool and gives the unused part back, any
 * other thread gets a fresh 8 KB array: at 1,000 players half of all the server allocated
 * (ADR 0037). Found by name, since the application does not compile against the container's
 * internals; where the classes are missing or refuse (another server, another Payara), there is
 * no such factory and the senders are plain threads.
 */
final class GrizzlyWorkerThreads {

    private static final Logger LOG = Logger.getLogger(GrizzlyWorkerThreads.class.getName());

    private final Object attributes;
    private final Object memoryManager;
    private final Method createPool;
    private final Constructor<?> worker;

    private GrizzlyWorkerThreads(Object attributes, Object memoryManager, Method createPool, Constructor<?> worker) {
        this.attributes = attributes;
        this.memoryManager = memoryManager;
        this.createPool = createPool;
        this.worker = worker;
    }

    /** The factory, when this container is Grizzly's and its default memory manager pools per thread. */
    static Optional<GrizzlyWorkerThreads> find(ClassLoader loader) {
        try {
            Class<?> managers = Class.forName("org.glassfish.grizzly.memory.MemoryManager", true, loader);
            Object memoryManager = managers.getField("DEFAULT_MEMORY_MANAGER").get(null);
            Class<?> poolProvider = Class.forName("org.glassfish.grizzly.memory.ThreadLocalPoolProvider", true, loader);
            if (!poolProvider.isInstance(memoryManager)) {
                return Optional.empty();
            }
            Class<?> builders = Class.forName("org.glassfish.grizzly.attributes.AttributeBuilder", true, loader);
            Object attributes = builders.getField("DEFAULT_ATTRIBUTE_BUILDER").get(null);
            Class<?> pools = Class.forName("org.glassfish.grizzly.memory.ThreadLocalPool", true, loader);
            Class<?> workers = Class.forName("org.glassfish.grizzly.threadpool.DefaultWorkerThread", true, loader);
            GrizzlyWorkerThreads found = new GrizzlyWorkerThreads(attributes, memoryManager,
                    poolProvider.getMethod("createThreadLocalPool"),
                    workers.getConstructor(builders, String.class, pools, Runnable.class));
            found.newThread("realmforge-probe", () -> { }); // fails here rather than on the first frame
            return Optional.of(found);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "Sender threads are plain threads: no Grizzly worker threads here ({0})", e.toString());
            return Optional.empty();
        }
    }

    /** A new, unstarted worker thread running {@code task}. */
    Thread newThread(String name, Runnable task) {
        try {
            return (Thread) worker.newInstance(attributes, name, createPool.invoke(memoryManager), task);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a Grizzly worker thread", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a Grizzly worker thread", e);
        }
    }
}
