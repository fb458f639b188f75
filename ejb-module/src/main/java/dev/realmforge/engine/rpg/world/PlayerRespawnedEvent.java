package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.map.Position;

/** A dead player is back, at {@code at} with full hit points. */
public record PlayerRespawnedEvent(long playerId, String username, Position at, int currentHp, int maxHp)
        implements RpgEvent {
}
