package dev.realmforge.engine.rpg.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A consistent set of maps: every portal leads to an existing map and a named arrival point on an
 * open tile there. Plain class so the rules can be tested without a container.
 */
public final class Maps {

    private final Map<String, TileMap> byId;

    private Maps(Map<String, TileMap> byId) {
        this.byId = Map.copyOf(byId);
    }

    public Optional<TileMap> find(String mapId) {
        return mapId == null ? Optional.empty() : Optional.ofNullable(byId.get(mapId));
    }

    public Map<String, TileMap> all() {
        return byId;
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** Collects maps (a later map replaces an earlier one with the same id) and checks the links. */
    public static final class Builder {
        private final Map<String, TileMap> byId = new LinkedHashMap<>();

        public Builder add(TileMap map) {
            byId.put(map.id(), map);
            return this;
        }

        public Maps build() {
            for (TileMap map : byId.values()) {
                if (map.isBlocked(map.spawn().x(), map.spawn().y())) {
                    throw new MapLoadException(map.id(), "spawn point " + map.spawn() + " is on a blocked tile");
                }
                for (Portal portal : map.portals()) {
                    TileMap target = byId.get(portal.targetMap());
                    if (target == null) {
                        throw new MapLoadException(map.id(), "portal at " + portal.at() + " leads to unknown map '"
                                + portal.targetMap() + "'");
                    }
                    TilePoint arrival = target.arrival(portal.targetArrival()).orElseThrow(() -> new MapLoadException(
                            map.id(), "portal at " + portal.at() + " leads to missing arrival '" + portal.targetArrival()
                                    + "' on map '" + target.id() + "'"));
                    if (target.isBlocked(arrival.x(), arrival.y())) {
                        throw new MapLoadException(target.id(), "arrival '" + portal.targetArrival() + "' is on a blocked tile");
                    }
                }
            }
            return new Maps(byId);
        }
    }
}
