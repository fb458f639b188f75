package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.map.Position;

/** A player died at {@code at}; {@code killerKind} is "npc" or "player". */
public record PlayerDiedEvent(long playerId, String username, Position at, String killerKey, String killerName,
                              String killerKind) implements RpgEvent {
}
