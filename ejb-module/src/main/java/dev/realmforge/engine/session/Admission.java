package dev.realmforge.engine.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gate every profile's sign-in passes before it loads a player into the world: players enter
 * at a rate the node can serve ({@code realmforge.session.admit-per-second}, with a burst of
 * {@code admit-burst}) and at most {@code admit-concurrency} at once, so that a crowd signing in
 * at once waits a little at the door, parked, instead of starving the players already playing of
 * the CPU and pushing them over their outbound limits. The waiting happens on the container's
 * request threads, which also read every player's frames, so at most {@code admit-queue} sign-ins
 * are at the door (waiting or being let in): one more is refused at once, and so is one whose turn
 * would come after more than {@code admit-wait-ms} (the profile says how; the client may try again).
 */
@ApplicationScoped
public class Admission {

    /** A sign-in's place inside the door: closed once the player is in the world (or failed to get in). */
    @FunctionalInterface
    public interface Admitted extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-per-second", defaultValue = "150")
    int perSecond;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-burst", defaultValue = "50")
    int burst;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-queue", defaultValue = "32")
    int queue;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-wait-ms", defaultValue = "5000")
    long maxWaitMs;

    private AdmissionRate rate;
    private Semaphore waiting;
    private Semaphore inside;

    @PostConstruct
    void start() {
        try {
            rate = new AdmissionRate(perSecond, burst, TimeUnit.MILLISECONDS.toNanos(maxWaitMs));
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("realmforge.session.admit-per-second and admit-burst must be at least 1, "
                    + "admit-wait-ms at least 0", refused);
        }
        if (concurrency < 0 || queue < 1) {
            throw new IllegalStateException("realmforge.session.admit-concurrency must be at least 0 (0: half the "
                    + "processors, at least one) and admit-queue at least 1");
        }
        waiting = new Semaphore(queue);
        int processors = Runtime.getRuntime().availableProcessors();
        inside = new Semaphore(concurrency > 0 ? concurrency : Math.max(1, processors / 2), true);
    }

    /**
     * Waits for this sign-in's turn: first its slot in the pace, then a place inside. Empty (and
     * nothing taken but perhaps a slot) when the queue is full, the slot is too far away or no
     * place inside came free within the longest wait.
     */
    public Optional<Admitted> enter() {
        if (!waiting.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return waitForTurn();
        } finally {
            waiting.release();
        }
    }

    private Optional<Admitted> waitForTurn() {
        long asked = System.nanoTime();
        long wait = rate.reserve(asked);
        if (wait < 0) {
            return Optional.empty();
        }
        long deadline = asked + TimeUnit.MILLISECONDS.toNanos(maxWaitMs);
        long slot = asked + wait;
        for (long left = wait; left > 0; left = slot - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
        try {
            if (!inside.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(inside::release);
    }
}
