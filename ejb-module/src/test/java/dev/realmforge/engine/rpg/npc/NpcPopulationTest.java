package dev.realmforge.engine.rpg.npc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import dev.realmforge.engine.rpg.npc.data.NpcDefinitionsReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NpcPopulationTest {

    private static Maps mapWith(NpcSpawn... spawns) {
        return new Maps.Builder().add(new TileMap("m", 4, 4, new int[16], new boolean[16], new TilePoint(0, 0),
                Map.of(), List.of(), List.of(spawns))).build();
    }

    private static final NpcWander WANDER = new NpcWander(mapWith(), new SplittableRandom(1), 0, 0);

    @Test
    void everySpawnGetsAnNpcAtFullHealthWithAUniqueId() {
        Map<String, NpcDefinition> defs = Map.of("goblin", new NpcDefinition("goblin", "Goblin", 2, 5, 4, 30));
        NpcPopulation population = NpcPopulation.spawn(mapWith(
                new NpcSpawn("a", "goblin", new TilePoint(1, 1)), new NpcSpawn("b", "goblin", new TilePoint(2, 2))),
                defs, WANDER, 0);

        assertThat(population.all()).extracting(Npc::key).containsExactly("npc_1", "npc_2");
        assertThat(population.all()).allSatisfy(npc -> assertThat(npc.currentHp()).isEqualTo(5));
        assertThat(population.all().get(1).x()).isEqualTo(2);
    }

    @Test
    void aSpawnOfAnUndefinedTypeFailsNamingMapAndSpawn() {
        assertThatThrownBy(() -> NpcPopulation.spawn(mapWith(new NpcSpawn("lair", "dragon", new TilePoint(1, 1))),
                Map.of(), WANDER, 0)).hasMessageContaining("m").hasMessageContaining("lair").hasMessageContaining("dragon");
    }

    @Test
    void theBundledDefinitionsCoverEveryNpcOfTheBundledMaps() {
        Map<String, NpcDefinition> defs = new NpcDefinitionsReader().read("npcs.json",
                getClass().getClassLoader().getResourceAsStream("npcs.json"));

        assertThat(defs).containsKeys("goblin", "giant_rat", "guard", "chicken");
        assertThat(defs.get("goblin").name()).isEqualTo("Goblin");
    }

    @Test
    void anIncompleteDefinitionFailsNamingTheType() {
        String json = "{\"imp\": {\"name\": \"Imp\", \"level\": 1}}";
        assertThatThrownBy(() -> new NpcDefinitionsReader().read("bad.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("bad.json").hasMessageContaining("imp");
    }

    @Test
    void aDeadNpcLeavesTheLivingAndComesBackHomeWhole() {
        Map<String, NpcDefinition> defs = Map.of("goblin", new NpcDefinition("goblin", "Goblin", 2, 5, 4, 30));
        NpcPopulation population = NpcPopulation.spawn(mapWith(new NpcSpawn("a", "goblin", new TilePoint(1, 1))),
                defs, WANDER, 0);
        Npc goblin = population.all().get(0);
        goblin.damage(5);
        goblin.die(1_000);

        population.simulate(999);
        assertThat(population.alive()).isEmpty();
        assertThat(population.byKey("npc_1")).contains(goblin);

        population.simulate(1_000);
        assertThat(population.alive()).containsExactly(goblin);
        assertThat(goblin.currentHp()).isEqualTo(5);
        assertThat(goblin.x()).isEqualTo(1);
    }

    @Test
    void combatFieldsAndDropsAreReadWithDefaults() {
        String json = """
                {"imp": {"name": "Imp", "level": 3, "max_hp": 4, "wander_radius": 1, "respawn_seconds": 5,
                         "aggressive": true, "drops": [{"item": "bones"}, {"item": "coins", "min": 2, "max": 9, "chance": 0.25}]}}""";
        NpcDefinition imp = new NpcDefinitionsReader().read("imp.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).get("imp");

        assertThat(imp.attack()).isEqualTo(3);
        assertThat(imp.defense()).isEqualTo(3);
        assertThat(imp.attackSpeedTicks()).isEqualTo(4);
        assertThat(imp.aggressive()).isTrue();
        assertThat(imp.drops()).containsExactly(new NpcDefinition.Drop("bones", 1, 1, 1.0),
                new NpcDefinition.Drop("coins", 2, 9, 0.25));
    }

    @Test
    void aBadDropFailsNamingTheType() {
        String json = "{\"imp\": {\"name\": \"Imp\", \"level\": 1, \"max_hp\": 1, \"wander_radius\": 0, "
                + "\"respawn_seconds\": 1, \"drops\": [{\"item\": \"bones\", \"chance\": 2}]}}";
        assertThatThrownBy(() -> new NpcDefinitionsReader().read("bad.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("bad.json").hasMessageContaining("bones");
    }
}
