package dev.realmforge.bench.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldsMapTest {

    private final FieldsMap map = FieldsMap.generate(320, 300, 7);

    @Test
    void isWalledAllRoundWithAnOpenSpawnAndTheSameTilesForTheSameSeed() {
        for (int i = 0; i < map.size(); i++) {
            assertThat(map.isOpen(i, 0) || map.isOpen(0, i) || map.isOpen(i, 319) || map.isOpen(319, i)).isFalse();
        }
        assertThat(map.isOpen(map.spawn(), map.spawn())).isTrue();
        assertThat(FieldsMap.generate(320, 300, 7).tiles()).isEqualTo(map.tiles());
        assertThat(FieldsMap.generate(320, 300, 8).tiles()).isNotEqualTo(map.tiles());
    }

    @Test
    void nearlyAllOpenGroundIsReachableFromTheSpawnAndNpcsStandOnGrass() {
        boolean[] reached = new boolean[320 * 320];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {map.spawn(), map.spawn()});
        reached[map.spawn() * 320 + map.spawn()] = true;
        int reachable = 0;
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            reachable++;
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int x = at[0] + d[0];
                int y = at[1] + d[1];
                if (map.isOpen(x, y) && !reached[y * 320 + x]) {
                    reached[y * 320 + x] = true;
                    queue.add(new int[] {x, y});
                }
            }
        }
        int open = 0;
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 320; x++) {
                open += map.isOpen(x, y) ? 1 : 0;
            }
        }
        assertThat(open).isGreaterThan(320 * 320 * 8 / 10);
        assertThat(reachable).isGreaterThan(open * 99 / 100);
        assertThat(map.npcs()).hasSize(300).allSatisfy(npc -> assertThat(map.tile(npc.x(), npc.y())).isEqualTo(FieldsMap.GRASS));
    }

    @Test
    void isWrittenAsATiledMapWithTheTerrainTilesetASpawnAndNpcObjects(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fields.tmj");
        TmjWriter.write(map, file);
        JsonNode tmj = new ObjectMapper().readTree(file.toFile());
        assertThat(tmj.path("width").asInt()).isEqualTo(320);
        assertThat(tmj.path("tilesets").get(0).path("source").asText()).isEqualTo("terrain.tsj");
        JsonNode ground = tmj.path("layers").get(0);
        assertThat(ground.path("data").size()).isEqualTo(320 * 320);
        assertThat(ground.path("data").get(5 * 320 + 7).asInt()).isEqualTo(map.tile(7, 5));
        JsonNode objects = tmj.path("layers").get(1).path("objects");
        assertThat(objects.get(0).path("type").asText()).isEqualTo("spawn");
        assertThat(objects.get(0).path("x").asInt() / 32).isEqualTo(map.spawn());
        assertThat(objects.size()).isEqualTo(301);
        assertThat(objects.get(1).path("properties").get(0).path("value").asText()).isIn("goblin", "chicken");
    }

    @Test
    void refusesSizesThatAreNotWholeChunks() {
        assertThatThrownBy(() -> FieldsMap.generate(100, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
