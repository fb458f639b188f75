package dev.realmforge.engine.session;

import java.time.Duration;
import java.time.Instant;

/** A minimum spacing between two actions of one player. Not thread-safe: one session drives it. */
public final class Cooldown {

    private final Duration spacing;
    private Instant readyAt = Instant.MIN;

    public Cooldown(Duration spacing) {
        this.spacing = spacing;
    }

    /** Time left before the action is allowed again; zero when it is allowed now. */
    public Duration remaining(Instant now) {
        return now.isBefore(readyAt) ? Duration.between(now, readyAt) : Duration.ZERO;
    }

    /** Records that the action happened now. */
    public void start(Instant now) {
        readyAt = now.plus(spacing);
    }
}
