package dev.realmforge.engine.rpg.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TileMapTest {

    private final TileMap map = MapFixtures.builder("field", 40, 20)
            .tile(17, 2, 5).blocked(17, 2).tile(39, 19, 7).build();

    @Test
    void everythingOutsideTheMapIsBlocked() {
        assertThat(map.isBlocked(-1, 0)).isTrue();
        assertThat(map.isBlocked(0, -1)).isTrue();
        assertThat(map.isBlocked(40, 0)).isTrue();
        assertThat(map.isBlocked(0, 20)).isTrue();
        assertThat(map.isBlocked(39, 19)).isFalse();
        assertThat(map.isBlocked(17, 2)).isTrue();
    }

    @Test
    void tilesOutsideTheMapAreZero() {
        assertThat(map.tileAt(-1, 0)).isZero();
        assertThat(map.tileAt(40, 19)).isZero();
        assertThat(map.tileAt(39, 20)).isZero();
        assertThat(map.tileAt(39, 19)).isEqualTo(7);
    }

    @Test
    void chunkCountsRoundUp() {
        assertThat(map.chunksAcross(16)).isEqualTo(3);
        assertThat(map.chunksDown(16)).isEqualTo(2);
        assertThat(map.chunksAcross(20)).isEqualTo(2);
        assertThat(map.chunksDown(20)).isEqualTo(1);
    }

    @Test
    void onlyChunksOverlappingTheMapExist() {
        assertThat(map.hasChunk(2, 1, 16)).isTrue();
        assertThat(map.hasChunk(3, 1, 16)).isFalse();
        assertThat(map.hasChunk(2, 2, 16)).isFalse();
        assertThat(map.hasChunk(-1, 0, 16)).isFalse();
    }

    @Test
    void chunkRowsAreYAndColumnsAreX() {
        MapChunk chunk = map.chunk(1, 0, 16);
        assertThat(chunk.chunkX()).isEqualTo(1);
        assertThat(chunk.chunkY()).isZero();
        assertThat(chunk.tiles()[2][1]).as("tile (17, 2)").isEqualTo(5);
        assertThat(chunk.collision()[2][1]).isTrue();
        assertThat(chunk.tiles()[1][2]).isEqualTo(1);
        assertThat(chunk.collision()[1][2]).isFalse();
    }

    @Test
    void aChunkOverTheEdgeIsPaddedWithBlockedEmptyTiles() {
        MapChunk corner = map.chunk(2, 1, 16);
        assertThat(corner.tiles()).hasDimensions(16, 16);
        assertThat(corner.tiles()[3][7]).as("tile (39, 19)").isEqualTo(7);
        assertThat(corner.collision()[3][7]).isFalse();
        assertThat(corner.tiles()[3][8]).as("x 40, outside").isZero();
        assertThat(corner.collision()[3][8]).isTrue();
        assertThat(corner.tiles()[4][0]).as("y 20, outside").isZero();
        assertThat(corner.collision()[4][0]).isTrue();
        assertThat(corner.tiles()[15][15]).isZero();
        assertThat(corner.collision()[15][15]).isTrue();
    }

    @Test
    void aGridThatDoesNotMatchTheSizeIsRejected() {
        assertThatThrownBy(() -> new TileMap("bad", 2, 2, new int[3], new boolean[4], new TilePoint(0, 0),
                Map.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad");
    }

    @Test
    void portalsAreFoundByTheirTile() {
        TileMap withPortal = MapFixtures.builder("field", 4, 4).portal(3, 1, "cave", "mouth").build();
        assertThat(withPortal.portalAt(3, 1)).map(Portal::targetMap).contains("cave");
        assertThat(withPortal.portalAt(1, 3)).isEmpty();
    }
}
