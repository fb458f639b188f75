package dev.realmforge.engine.tick;

/**
 * How the loop runs one zone: its name (the {@code zone} tag of the tick metrics), full ticks per
 * second, the bounded input queue and how many inputs one firing applies at most.
 */
public record ZoneSettings(String name, int ticksPerSecond, int inputCapacity, int maxInputsPerTick) {

    public ZoneSettings {
        if (name == null || name.isBlank() || ticksPerSecond < 1 || inputCapacity < 1 || maxInputsPerTick < 1) {
            throw new IllegalArgumentException("a zone needs a name, at least 1 tick per second, and an input "
                    + "queue and a per-tick input cap of at least 1");
        }
    }
}
