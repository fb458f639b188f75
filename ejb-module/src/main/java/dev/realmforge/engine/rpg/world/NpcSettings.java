package dev.realmforge.engine.rpg.world;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code realmforge.npcs.*}: where the NPC definitions come from and how often NPCs step. */
@Dependent
@ConfigProperties(prefix = "realmforge.npcs")
public class NpcSettings {

    /** A definitions file to use instead of the bundled {@code npcs.json}. */
    @ConfigProperty(name = "file")
    public Optional<String> file;

    @ConfigProperty(name = "wander-min-ms", defaultValue = "2000")
    public long wanderMinMs;

    @ConfigProperty(name = "wander-max-ms", defaultValue = "6000")
    public long wanderMaxMs;
}
