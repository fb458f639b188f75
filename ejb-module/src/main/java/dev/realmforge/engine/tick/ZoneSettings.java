package dev.realmforge.engine.tick;

/**
 * How the loop runs one zone: its name (the {@code zone} tag of the tick metrics), full ticks per
 * second (1 to 1000), the bounded input queue and how many inputs one tick, or one thread between
 * ticks, applies at most.
 */
public record ZoneSettings(String name, int ticksPerSecond, int inputCapacity, int maxInputsPerTick) {

    public ZoneSettings {
        if (name == null || name.isBlank() || ticksPerSecond < 1 || ticksPerSecond > 1000 || inputCapacity < 1
                || maxInputsPerTick < 1) {
            throw new IllegalArgumentException("a zone needs a name, from 1 to 1000 ticks a second, and an input "
                    + "queue and a per-tick input cap of at least 1");
        }
    }

    /** The length of one tick. */
    public long periodNanos() {
        return 1_000_000_000L / ticksPerSecond;
    }
}
