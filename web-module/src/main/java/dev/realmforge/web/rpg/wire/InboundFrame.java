package dev.realmforge.web.rpg.wire;

/**
 * What a decoder hands the endpoint. The two records exist so the container can route text frames
 * to the JSON decoder and binary frames to the MessagePack decoder by type.
 */
public sealed interface InboundFrame {

    Inbound content();

    WireFormat format();

    record Json(Inbound content) implements InboundFrame {
        @Override
        public WireFormat format() {
            return WireFormat.JSON;
        }
    }

    record Msgpack(Inbound content) implements InboundFrame {
        @Override
        public WireFormat format() {
            return WireFormat.MSGPACK;
        }
    }
}
