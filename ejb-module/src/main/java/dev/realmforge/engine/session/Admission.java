package dev.realmforge.engine.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gate every profile's sign-in passes before it loads a player into the world: players enter
 * at a rate the node can serve ({@code realmforge.session.admit-per-second}, with a burst of
 * {@code admit-burst}), so that a crowd signing in at once waits a little at the door instead of
 * starving the players already playing of the CPU and pushing them over their outbound limits. A
 * sign-in that would wait more than {@code admit-wait-ms} is refused (the profile says how).
 */
@ApplicationScoped
public class Admission {

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-per-second", defaultValue = "150")
    int perSecond;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-burst", defaultValue = "50")
    int burst;

    @Inject
    @ConfigProperty(name = "realmforge.session.admit-wait-ms", defaultValue = "5000")
    long maxWaitMs;

    private AdmissionRate rate;

    @PostConstruct
    void start() {
        try {
            rate = new AdmissionRate(perSecond, burst, TimeUnit.MILLISECONDS.toNanos(maxWaitMs));
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("realmforge.session.admit-per-second and admit-burst must be at least 1, "
                    + "admit-wait-ms at least 0", refused);
        }
    }

    /** Waits for this sign-in's turn; false (at once, without waiting) when the turn is too far away. */
    public boolean enter() {
        long wait = rate.reserve(System.nanoTime());
        if (wait < 0) {
            return false;
        }
        if (wait > 0) {
            long until = System.nanoTime() + wait;
            for (long left = wait; left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
        }
        return true;
    }
}
