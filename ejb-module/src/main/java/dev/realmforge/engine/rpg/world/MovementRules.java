package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.map.Direction;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.Portal;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import java.util.Map;
import java.util.Optional;

/**
 * One step of one player: exactly one tile, never off the map, never into a blocked tile. Landing
 * on a portal moves the player to the portal's arrival point on the other map. A step that is
 * made turns the player to face its direction; a refused step changes nothing.
 */
public final class MovementRules {

    private final Maps maps;

    public MovementRules(Maps maps) {
        this.maps = maps;
    }

    /** The result of a step: where the player was, where it is now, and whether a portal took it. */
    public record Step(Position from, Position to, boolean portal) {
    }

    public Step step(Position from, Direction direction) {
        TileMap map = maps.find(from.mapId()).orElseThrow(() -> new IllegalStateException(
                "player stands on unknown map " + from.mapId()));
        int x = from.x() + direction.dx();
        int y = from.y() + direction.dy();
        if (!map.inBounds(x, y)) {
            throw new GameRuleException(RpgErrorCode.MOVEMENT_OUT_OF_BOUNDS, "Cannot move outside the map",
                    Map.of("current_position", where(from), "width", map.width(), "height", map.height()));
        }
        if (map.isBlocked(x, y)) {
            throw new GameRuleException(RpgErrorCode.MOVEMENT_BLOCKED, "Movement blocked by collision",
                    Map.of("reason", "blocked", "current_position", where(from), "collision", true,
                            "target", Map.of("x", x, "y", y)));
        }
        Optional<Portal> portal = map.portalAt(x, y);
        if (portal.isPresent()) {
            Portal p = portal.get();
            TilePoint arrival = maps.find(p.targetMap()).flatMap(m -> m.arrival(p.targetArrival()))
                    .orElseThrow(() -> new IllegalStateException("portal checked at load time lost its target"));
            return new Step(from, new Position(p.targetMap(), arrival.x(), arrival.y(), direction.facing()), true);
        }
        return new Step(from, new Position(from.mapId(), x, y, direction.facing()), false);
    }

    private static Map<String, Object> where(Position p) {
        return Map.of("x", p.x(), "y", p.y(), "map_id", p.mapId());
    }
}
