package dev.realmforge.bench.rpg;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class GridTest {

    @Test
    void theGridKnowsOpenTilesFromChunkCollisionFlags() throws Exception {
        StringBuilder rows = new StringBuilder("[");
        for (int y = 0; y < 16; y++) {
            rows.append(y == 0 ? "" : ",").append("[");
            for (int x = 0; x < 16; x++) {
                rows.append(x == 0 ? "" : ",").append(x == 0 || y == 0 ? "true" : "false");
            }
            rows.append("]");
        }
        rows.append("]");
        String chunks = "[{\"chunk_x\": 0, \"chunk_y\": 0, \"collision\": " + rows + "},"
                + "{\"chunk_x\": 1, \"chunk_y\": 0, \"collision\": " + rows + "}]";
        Grid grid = Grid.fromChunks("m", new ObjectMapper().readTree(chunks));

        assertThat(grid.width()).isEqualTo(32);
        assertThat(grid.height()).isEqualTo(16);
        assertThat(grid.isOpen(1, 1)).isTrue();
        assertThat(grid.isOpen(0, 5)).isFalse();
        assertThat(grid.isOpen(16, 5)).as("the second chunk's wall column").isFalse();
        assertThat(grid.isOpen(40, 5)).as("off the map").isFalse();
        assertThat(grid.openTiles(0, 0, 32, 16)).hasSize(2 * 15 * 15);
    }
}
