package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.rpg.wire.EntityFields;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Payloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * Writes {@code event_game_update} envelopes straight to MessagePack with msgpack-core, byte for
 * byte what the Jackson mapper writes ({@code GameUpdatePackerTest} holds them equal). This is
 * the frame the server sends most, and Jackson's generic path was the largest part of the
 * senders' work. Everything else still goes through {@link WireMappers#MSGPACK}.
 */
final class GameUpdatePacker {

    /**
     * A game update is a few hundred bytes; the default packer starts every frame with an 8 KiB
     * buffer, which at thousands of frames a second was most of the senders' garbage.
     */
    private static final MessagePack.PackerConfig SMALL = new MessagePack.PackerConfig().withBufferSize(512);

    private GameUpdatePacker() {
    }

    static boolean handles(Envelope envelope) {
        return envelope.payload() instanceof Payloads.GameUpdate;
    }

    static byte[] pack(Envelope envelope) {
        Payloads.GameUpdate update = (Payloads.GameUpdate) envelope.payload();
        try (MessageBufferPacker packer = SMALL.newBufferPacker()) {
            packer.packMapHeader(4);
            field(packer, "id", envelope.id());
            field(packer, "type", envelope.type());
            packer.packString("payload");
            packer.packMapHeader(4);
            field(packer, "entities", update.entities());
            field(packer, "removed_entities", update.removedEntities());
            field(packer, "map_id", update.mapId());
            packer.packString("server_time");
            packer.packDouble(update.serverTime());
            field(packer, "version", envelope.version());
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing a game update in memory failed", e);
        }
    }

    private static void field(MessagePacker packer, String name, Object value) throws IOException {
        packer.packString(name);
        value(packer, value);
    }

    private static void map(MessagePacker packer, Map<?, ?> map) throws IOException {
        packer.packMapHeader(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            packer.packString((String) entry.getKey());
            value(packer, entry.getValue());
        }
    }

    /** One entity on its own, to be copied into every update that lists it. */
    private static byte[] packAlone(EntityFields entity) {
        try (MessageBufferPacker packer = SMALL.newBufferPacker()) {
            map(packer, entity);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing an entity in memory failed", e);
        }
    }

    /** The value shapes a game update is built from: maps, lists, text, whole numbers, null. */
    private static void value(MessagePacker packer, Object value) throws IOException {
        if (value == null) {
            packer.packNil();
        } else if (value instanceof String text) {
            packer.packString(text);
        } else if (value instanceof Integer number) {
            packer.packInt(number);
        } else if (value instanceof Long number) {
            packer.packLong(number);
        } else if (value instanceof EntityFields entity) {
            packer.addPayload(entity.msgpack(GameUpdatePacker::packAlone));
        } else if (value instanceof Map<?, ?> map) {
            map(packer, map);
        } else if (value instanceof List<?> list) {
            packer.packArrayHeader(list.size());
            for (Object item : list) {
                value(packer, item);
            }
        } else {
            throw new IllegalArgumentException("a game update cannot hold a " + value.getClass().getName());
        }
    }
}
