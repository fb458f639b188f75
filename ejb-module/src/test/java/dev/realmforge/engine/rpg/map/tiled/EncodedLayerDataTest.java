package dev.realmforge.engine.rpg.map.tiled;

import static dev.realmforge.engine.rpg.map.tiled.TiledText.SPAWN;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.failure;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.map;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.objects;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.read;
import static dev.realmforge.engine.rpg.map.tiled.TiledText.tiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.map.TileMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EncodedLayerDataTest {

    /** Row by row: gids 1..12, so every position is distinguishable (gid 3 collides). */
    private static final int[] GIDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    private static byte[] littleEndian(int... gids) {
        ByteBuffer buffer = ByteBuffer.allocate(gids.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int gid : gids) {
            buffer.putInt(gid);
        }
        return buffer.array();
    }

    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static byte[] compress(byte[] raw, Compressor compressor) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compressor.wrap(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private static String base64Layer(byte[] bytes, String compression) {
        return """
                {"type": "tilelayer", "name": "ground", "encoding": "base64", %s "data": "%s"}
                """.formatted(compression == null ? "" : "\"compression\": \"" + compression + "\",",
                Base64.getEncoder().encodeToString(bytes));
    }

    private static void assertGidsRowByRow(TileMap map) {
        for (int i = 0; i < GIDS.length; i++) {
            assertThat(map.tileAt(i % 4, i / 4)).as("tile %d,%d", i % 4, i / 4).isEqualTo(GIDS[i]);
        }
        assertThat(map.isBlocked(2, 0)).isTrue();
        assertThat(map.isBlocked(1, 0)).isFalse();
    }

    @Test
    void uncompressedBase64IsReadAsLittleEndianIds() {
        assertGidsRowByRow(read(map(base64Layer(littleEndian(GIDS), null) + "," + objects(SPAWN))));
    }

    @Test
    void emptyCompressionMeansUncompressed() {
        assertGidsRowByRow(read(map(base64Layer(littleEndian(GIDS), "") + "," + objects(SPAWN))));
    }

    @Test
    void zlibCompressedBase64IsInflated() throws IOException {
        byte[] zlib = compress(littleEndian(GIDS), DeflaterOutputStream::new);
        assertGidsRowByRow(read(map(base64Layer(zlib, "zlib") + "," + objects(SPAWN))));
    }

    @Test
    void gzipCompressedBase64IsInflated() throws IOException {
        byte[] gzip = compress(littleEndian(GIDS), GZIPOutputStream::new);
        assertGidsRowByRow(read(map(base64Layer(gzip, "gzip") + "," + objects(SPAWN))));
    }

    @Test
    void base64WithTheWrongNumberOfTilesFails() {
        String json = map(base64Layer(littleEndian(1, 2, 3), null) + "," + objects(SPAWN));
        assertThat(failure(json)).hasMessageContaining("'ground'").hasMessageContaining("3 tiles, expected 12");
    }

    @Test
    void flipFlagsAreClearedInBase64() {
        int[] flipped = GIDS.clone();
        flipped[0] = 0x80000001;
        flipped[2] = 0x40000003;
        flipped[3] = 0x20000004 | 0x10000000;
        TileMap map = read(map(base64Layer(littleEndian(flipped), null) + "," + objects(SPAWN)));
        assertGidsRowByRow(map);
    }

    @Test
    void flipFlagsAreClearedInJsonArrays() {
        String flipped = (0x80000001L) + ",2," + (0xC0000003L) + ",4, 5,6,7,8, 9,10,11,12";
        assertGidsRowByRow(read(map(tiles("ground", flipped) + "," + objects(SPAWN))));
    }
}
