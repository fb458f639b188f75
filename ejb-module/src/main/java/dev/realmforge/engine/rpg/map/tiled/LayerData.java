package dev.realmforge.engine.rpg.map.tiled;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a tile layer's {@code data}: a JSON array of global tile ids, or base64 of little-endian
 * 32-bit ids, optionally zlib- or gzip-compressed (Tiled's own options except zstd). Flip flags in
 * the top bits are cleared.
 */
final class LayerData {

    private static final long FLIP_FLAGS = 0xF0000000L;

    private LayerData() {
    }

    static int[] decode(JsonNode data, String encoding, String compression, int expected) throws IOException {
        int[] gids = new int[expected];
        if (data != null && data.isArray()) {
            if (data.size() != expected) {
                throw new IOException("has " + data.size() + " tiles, expected " + expected);
            }
            for (int i = 0; i < expected; i++) {
                gids[i] = clear(data.get(i).asLong());
            }
            return gids;
        }
        if (data == null || !data.isTextual() || !"base64".equals(encoding)) {
            throw new IOException("tile data must be an array or base64 text");
        }
        byte[] raw = inflate(Base64.getDecoder().decode(data.asText().trim()), compression);
        if (raw.length != expected * 4) {
            throw new IOException("has " + raw.length / 4 + " tiles, expected " + expected);
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < expected; i++) {
            gids[i] = clear(Integer.toUnsignedLong(buffer.getInt()));
        }
        return gids;
    }

    private static byte[] inflate(byte[] bytes, String compression) throws IOException {
        if (compression == null || compression.isEmpty()) {
            return bytes;
        }
        InputStream in = switch (compression) {
            case "zlib" -> new InflaterInputStream(new ByteArrayInputStream(bytes));
            case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
            default -> throw new IOException("unsupported compression " + compression);
        };
        try (in) {
            return in.readAllBytes();
        }
    }

    private static int clear(long gid) {
        return (int) (gid & ~FLIP_FLAGS);
    }
}
