package dev.realmforge.bench;

/**
 * One profile's part of the swarm: its bots and how they play. The shared {@link Swarm} does the
 * rest (ramp, warm-up, sampling, the report and the chart). A profile is found by its
 * {@link #name()} ({@code bin/swarm --profile NAME}) through {@code java.util.ServiceLoader}: it
 * lists its class in {@code META-INF/services/dev.realmforge.bench.SwarmProfile}.
 */
public interface SwarmProfile {

    /** The {@code --profile} value, the same word as the server's profile. */
    String name();

    /** The server's tick zone whose metrics the report reads ({@code realmforge_tick_*{zone=...}}). */
    String zone();

    /** Gets ready for a run (learning the maps, say) and returns the driver of its bots. */
    Driver prepare(SwarmContext context) throws Exception;

    /** The bots of one run. */
    interface Driver extends AutoCloseable {

        /**
         * Readies bot {@code index}'s account before the ramp starts: registration, and whatever a
         * staff account does to it first (placing it on the map). The ramp then times the sign-in
         * a returning player makes, and nothing else. Nothing to do by default.
         */
        default void enrol(int index) throws Exception {
        }

        /**
         * Logs bot {@code index} in and connects it; the future completes when the server has
         * welcomed it. A failed sign-in throws; the swarm counts it and goes on.
         */
        java.util.concurrent.CompletableFuture<?> connect(int index) throws Exception;

        /** Lets every connected bot act if it is due ({@code nowNanos} from {@link System#nanoTime()}). */
        void actAll(long nowNanos);

        /** Closes every bot. */
        @Override
        void close();
    }
}
