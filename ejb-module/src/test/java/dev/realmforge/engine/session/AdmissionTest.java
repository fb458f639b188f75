package dev.realmforge.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private static Admission admission(int concurrency, long maxWaitMs) {
        return admission(concurrency, 32, maxWaitMs);
    }

    private static Admission admission(int concurrency, int queue, long maxWaitMs) {
        Admission admission = new Admission();
        admission.perSecond = 1000;
        admission.burst = 100;
        admission.concurrency = concurrency;
        admission.queue = queue;
        admission.maxWaitMs = maxWaitMs;
        admission.start();
        return admission;
    }

    @Test
    void noMoreSignInsAreInsideThanTheConcurrency() {
        Admission admission = admission(2, 20);
        Optional<Admission.Admitted> first = admission.enter();
        Optional<Admission.Admitted> second = admission.enter();

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(admission.enter()).isEmpty();

        first.get().close();
        assertThat(admission.enter()).isPresent();
    }

    @Test
    void aPlaceFreedWhileWaitingLetsTheNextIn() throws InterruptedException {
        Admission admission = admission(1, 5000);
        Admission.Admitted inside = admission.enter().orElseThrow();
        Thread leaver = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.close();
        });
        leaver.start();

        assertThat(admission.enter()).isPresent();
        leaver.join();
    }

    @Test
    void aSignInFindingTheQueueFullIsRefusedAtOnce() throws InterruptedException {
        Admission admission = admission(1, 1, 5000);
        Admission.Admitted inside = admission.enter().orElseThrow();
        Thread waiter = new Thread(admission::enter); // waits for the place inside, up to five seconds
        waiter.start();
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(4);
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("the second sign-in waits at the gate").isLessThan(giveUp);
            Thread.onSpinWait();
        }

        long before = System.nanoTime();
        assertThat(admission.enter()).isEmpty();
        assertThat(System.nanoTime() - before).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(4));

        inside.close();
        waiter.join();
    }

    @Test
    void aNegativeConcurrencyOrAnEmptyQueueIsRefusedAtStart() {
        assertThatThrownBy(() -> admission(-1, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> admission(1, 0, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(admission(0, 0).enter()).isPresent();
    }
}
