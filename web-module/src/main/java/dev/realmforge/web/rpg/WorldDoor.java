package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.world.WorldInputs;
import dev.realmforge.engine.rpg.world.WorldTick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The world's input door for the handlers, taken from {@link WorldTick} once, so that every move
 * and attack reaches the zone without a container call ({@link WorldTick#inputs()}).
 */
@ApplicationScoped
class WorldDoor {

    @Produces
    @Singleton
    WorldInputs inputs(WorldTick world) {
        return world.inputs();
    }
}
