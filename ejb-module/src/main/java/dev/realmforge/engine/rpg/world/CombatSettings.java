package dev.realmforge.engine.rpg.world;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code realmforge.combat.*}: strike timing, regeneration and where the dead come back. */
@Dependent
@ConfigProperties(prefix = "realmforge.combat")
public class CombatSettings {

    /** Time between two strikes of one fighter. */
    @ConfigProperty(name = "tick-ms", defaultValue = "600")
    public long tickMs;

    /** Time between two hit points regained out of combat. */
    @ConfigProperty(name = "regen-interval-ms", defaultValue = "6000")
    public long regenIntervalMs;

    /** The map whose spawn point a dead player returns to. */
    @ConfigProperty(name = "respawn-map", defaultValue = "spawn_area")
    public String respawnMap;
}
