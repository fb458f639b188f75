package dev.realmforge.web.rpg.wire;

/** The two encodings of the rpg envelope: MessagePack in binary frames, JSON in text frames. */
public enum WireFormat {
    JSON,
    MSGPACK
}
