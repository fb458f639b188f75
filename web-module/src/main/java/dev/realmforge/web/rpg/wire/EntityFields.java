package dev.realmforge.web.rpg.wire;

import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * One entity of an {@code event_game_update}, field by field in wire order. Every viewer that is
 * told the same change in the same update gets the same instance, so its MessagePack bytes are made
 * once and copied into each viewer's frame. Not changed after it is handed to a connection.
 */
public final class EntityFields extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    private transient volatile byte[] msgpack;

    /** The entity's MessagePack bytes, made by {@code pack} the first time they are asked for. */
    public byte[] msgpack(Function<EntityFields, byte[]> pack) {
        byte[] bytes = msgpack;
        if (bytes == null) {
            bytes = pack.apply(this); // two senders may both pack it once: same bytes, no harm
            msgpack = bytes;
        }
        return bytes;
    }
}
