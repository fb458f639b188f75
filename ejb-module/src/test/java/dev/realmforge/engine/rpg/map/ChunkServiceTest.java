package dev.realmforge.engine.rpg.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkServiceTest {

    private static MapCatalog catalog;
    private final ChunkService service = new ChunkService();

    @BeforeAll
    static void loadBundledMaps() {
        catalog = new MapCatalog();
        catalog.bundled = List.of("samplemap", "spawn_area", "arena");
        catalog.directory = Optional.empty();
        catalog.load();
    }

    ChunkServiceTest() {
        service.maps = catalog;
        service.chunkSize = 16;
        service.maxRadius = 5;
    }

    private static GameRuleException ruleBroken(ThrowingCallable call, RpgErrorCode code) {
        GameRuleException rule = catchThrowableOfType(call, GameRuleException.class);
        assertThat(rule).as("expected %s", code).isNotNull();
        assertThat(rule.code()).isEqualTo(code);
        return rule;
    }

    private static List<String> positions(List<MapChunk> chunks) {
        return chunks.stream().map(c -> c.chunkX() + "," + c.chunkY()).toList();
    }

    @Test
    void aCornerLeavesOutChunksBeyondTheMapAndListsTheRestRowByRow() {
        assertThat(positions(service.around("samplemap", 0, 0, 1))).containsExactly("0,0", "1,0", "0,1", "1,1");
    }

    @Test
    void radiusOneAwayFromTheEdgeIsNineChunksRowByRow() {
        assertThat(positions(service.around("samplemap", 1, 1, 1)))
                .containsExactly("0,0", "1,0", "2,0", "0,1", "1,1", "2,1", "0,2", "1,2", "2,2");
    }

    @Test
    void chunksCarryTheMapsTiles() {
        MapChunk origin = service.around("samplemap", 0, 0, 0).get(0);
        assertThat(origin.tiles()).hasDimensions(16, 16);
        assertThat(origin.tiles()[1][1]).isEqualTo(1);
        assertThat(origin.collision()[0][0]).isTrue();
        assertThat(origin.collision()[10][10]).isFalse();
    }

    @Test
    void theMaximumRadiusIsAllowed() {
        assertThat(service.around("samplemap", 2, 2, 5)).hasSize(16);
    }

    @Test
    void aRadiusAboveTheMaximumIsRejectedNamingTheMaximum() {
        GameRuleException rule = ruleBroken(() -> service.around("samplemap", 0, 0, 6), RpgErrorCode.CHUNKS_RADIUS_TOO_LARGE);
        assertThat(rule.details()).containsEntry("max_radius", 5);
    }

    @Test
    void aNegativeRadiusIsInvalid() {
        ruleBroken(() -> service.around("samplemap", 0, 0, -1), RpgErrorCode.CHUNKS_INVALID_COORDINATES);
    }

    @Test
    void anUnknownMapIsNotFound() {
        ruleBroken(() -> service.around("atlantis", 0, 0, 1), RpgErrorCode.CHUNKS_MAP_NOT_FOUND);
        ruleBroken(() -> service.around(null, 0, 0, 1), RpgErrorCode.CHUNKS_MAP_NOT_FOUND);
    }

    @Test
    void aCentreOutsideTheMapIsInvalid() {
        GameRuleException rule = ruleBroken(() -> service.around("samplemap", 4, 0, 1),
                RpgErrorCode.CHUNKS_INVALID_COORDINATES);
        assertThat(rule.details()).containsEntry("chunks_across", 4).containsEntry("chunks_down", 4);
        ruleBroken(() -> service.around("samplemap", 0, -1, 1), RpgErrorCode.CHUNKS_INVALID_COORDINATES);
    }

    @Test
    void missingCoordinatesAreInvalid() {
        ruleBroken(() -> service.around("samplemap", null, 0, 1), RpgErrorCode.CHUNKS_INVALID_COORDINATES);
        ruleBroken(() -> service.around("samplemap", 0, null, 1), RpgErrorCode.CHUNKS_INVALID_COORDINATES);
    }

    @Test
    void aMissingRadiusMeansOne() {
        assertThat(service.around("samplemap", 1, 1, null)).hasSize(9);
    }

    @Test
    void theChunkSizeComesFromConfiguration() {
        service.chunkSize = 32;
        assertThat(positions(service.around("spawn_area", 0, 0, 1))).containsExactly("0,0");
    }
}
