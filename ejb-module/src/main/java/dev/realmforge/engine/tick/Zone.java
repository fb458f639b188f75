package dev.realmforge.engine.tick;

/**
 * A world the core's tick loop drives: one profile's simulation. The loop calls a zone from one
 * thread at a time, so the zone owns its hot state without locks. Each firing of the loop applies
 * the inputs queued since the last one; when the zone's own tick is due, the firing is a full tick,
 * always in these phases: {@link #join} (take in who joined or left), inputs, {@link #simulate},
 * {@link #publish}. A zone never touches the database or waits on a socket.
 *
 * @param <I> the zone's input commands, queued by request threads with {@link ZoneRunner#submit}
 */
public interface Zone<I> {

    /** Phase 1 of a full tick: take in the sessions that joined or left since the last tick. */
    void join(long nowNanos);

    /**
     * Applies one input. {@code inTick} is true inside a full tick (after {@link #join}) and false
     * for the inputs applied between ticks.
     */
    void input(I command, long nowNanos, boolean inTick);

    /** Phase 3: the world moves on by one tick. */
    void simulate(long nowNanos);

    /** Phase 4: what each session sees, handed to the outbound queues (never waiting on them). */
    void publish(long nowNanos);
}
