package dev.realmforge.engine.rpg.world;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code realmforge.tick.*} as the rpg zone uses them: its rate and its input queue. */
@Dependent
@ConfigProperties(prefix = "realmforge.tick")
public class TickSettings {

    /** Full ticks per second of the rpg zone. */
    @ConfigProperty(name = "rate", defaultValue = "20")
    public int rate;

    @ConfigProperty(name = "input-queue-capacity", defaultValue = "10000")
    public int inputQueueCapacity;

    @ConfigProperty(name = "max-inputs-per-tick", defaultValue = "5000")
    public int maxInputsPerTick;
}
