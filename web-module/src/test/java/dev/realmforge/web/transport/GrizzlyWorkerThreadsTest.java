package dev.realmforge.web.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.memory.HeapMemoryManager;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.threadpool.DefaultWorkerThread;
import org.junit.jupiter.api.Test;

class GrizzlyWorkerThreadsTest {

    @Test
    void withGrizzlyTheSendersAreWorkerThreadsWithAWriteBufferPoolOfTheirOwn() throws Exception {
        GrizzlyWorkerThreads workers = GrizzlyWorkerThreads.find(getClass().getClassLoader()).orElseThrow();
        CountDownLatch ran = new CountDownLatch(1);
        Thread one = workers.newThread("sender-1", ran::countDown);
        Thread two = workers.newThread("sender-2", () -> { });

        assertThat(one).isInstanceOf(DefaultWorkerThread.class).hasFieldOrPropertyWithValue("name", "sender-1");
        assertThat(((DefaultWorkerThread) one).getMemoryPool()).isNotNull()
                .isNotSameAs(((DefaultWorkerThread) two).getMemoryPool());
        one.start();
        assertThat(ran.await(5, TimeUnit.SECONDS)).as("the thread runs its task").isTrue();
    }

    @Test
    void aBufferAllocatedOnAWorkerComesFromItsPoolAndItsUnusedPartGoesBack() throws Exception {
        GrizzlyWorkerThreads workers = GrizzlyWorkerThreads.find(getClass().getClassLoader()).orElseThrow();
        assertThat(twoWritesShareAnArray(workers.newThread("sender", null)))
                .as("on a worker both buffers are slices of the thread's pool").isTrue();
        assertThat(twoWritesShareAnArray(new Thread((Runnable) null, "plain")))
                .as("on a plain thread each buffer is a fresh array").isFalse();
    }

    /** Allocates an 8 KB buffer, uses 300 bytes of it, trims it, allocates another: same array? */
    private static boolean twoWritesShareAnArray(Thread kind) throws InterruptedException {
        HeapMemoryManager memory = (HeapMemoryManager) MemoryManager.DEFAULT_MEMORY_MANAGER;
        boolean[] shared = new boolean[1];
        Runnable writes = () -> {
            var first = memory.allocate(8192);
            first.put(new byte[300]);
            first.trim();
            var second = memory.allocate(8192);
            shared[0] = first.array() == second.array();
        };
        Thread thread = kind instanceof DefaultWorkerThread worker
                ? new DefaultWorkerThread(org.glassfish.grizzly.attributes.AttributeBuilder.DEFAULT_ATTRIBUTE_BUILDER,
                        worker.getName(), worker.getMemoryPool(), writes)
                : new Thread(writes, kind.getName());
        thread.start();
        thread.join(5000);
        return shared[0];
    }

    @Test
    void withoutGrizzlyThereIsNoFactory() {
        ClassLoader nothing = new URLClassLoader(new URL[0], null);
        assertThat(GrizzlyWorkerThreads.find(nothing)).isEmpty();
    }
}
