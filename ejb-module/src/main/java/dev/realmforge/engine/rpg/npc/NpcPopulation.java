package dev.realmforge.engine.rpg.npc;

import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.TileMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every NPC of the world, one per spawn object in the maps. Tick thread only. */
public final class NpcPopulation {

    private final List<Npc> npcs;
    private final Map<String, Npc> byKey = new java.util.HashMap<>();
    private final NpcWander wander;

    private NpcPopulation(List<Npc> npcs, NpcWander wander) {
        this.npcs = List.copyOf(npcs);
        this.wander = wander;
        npcs.forEach(npc -> byKey.put(npc.key(), npc));
    }

    /** Spawns an NPC at every spawn point; a spawn of an undefined type fails naming map and spawn. */
    public static NpcPopulation spawn(Maps maps, Map<String, NpcDefinition> definitions, NpcWander wander,
                                      long nowNanos) {
        List<Npc> npcs = new ArrayList<>();
        for (TileMap map : maps.all().values()) {
            for (NpcSpawn spawn : map.npcSpawns()) {
                NpcDefinition definition = definitions.get(spawn.npcType());
                if (definition == null) {
                    throw new IllegalStateException("Map " + map.id() + ": NPC spawn '" + spawn.name()
                            + "' uses undefined NPC type '" + spawn.npcType() + "'");
                }
                npcs.add(new Npc(npcs.size() + 1, definition, map.id(), spawn.at(), wander.firstWander(nowNanos)));
            }
        }
        return new NpcPopulation(npcs, wander);
    }

    /** The simulate phase for NPCs: the dead come back when due; the living who are not fighting may take a step. */
    public void simulate(long nowNanos) {
        for (Npc npc : npcs) {
            npc.respawnIfDue(nowNanos);
            if (!npc.isDead() && !npc.inCombat()) {
                wander.advance(npc, nowNanos);
            }
        }
    }

    /** The living NPCs, as the views show them. */
    public List<Npc> alive() {
        return npcs.stream().filter(npc -> !npc.isDead()).toList();
    }

    public java.util.Optional<Npc> byKey(String key) {
        return java.util.Optional.ofNullable(byKey.get(key));
    }

    public List<Npc> all() {
        return npcs;
    }
}
