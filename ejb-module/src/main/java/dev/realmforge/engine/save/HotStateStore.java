package dev.realmforge.engine.save;

import java.util.Collection;
import java.util.List;

/**
 * A profile's hot state that must reach the database: what the tick changes in memory and the
 * core saves off the tick, periodically in batches, when a session leaves and at shutdown. A
 * profile implements this once (as a CDI bean) and gets all three saves.
 *
 * @param <S> what one saved unit is (a player, a ship, a character)
 */
public interface HotStateStore<S> {

    /** The profile's name, for logs and metrics. */
    String profile();

    /** What is live now; the periodic save writes all of it. */
    Collection<S> live();

    /** Writes these back in one transaction. A failure may be retried unit by unit. */
    void save(List<S> batch);

    /** How a unit is named in a log line when it cannot be saved. */
    String describe(S unit);
}
