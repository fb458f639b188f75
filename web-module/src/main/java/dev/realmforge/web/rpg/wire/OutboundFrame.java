package dev.realmforge.web.rpg.wire;

/** An envelope bound for one encoding; the container picks the encoder by record type. */
public sealed interface OutboundFrame {

    Envelope envelope();

    static OutboundFrame of(WireFormat format, Envelope envelope) {
        return format == WireFormat.MSGPACK ? new Msgpack(envelope) : new Json(envelope);
    }

    record Json(Envelope envelope) implements OutboundFrame {
    }

    record Msgpack(Envelope envelope) implements OutboundFrame {
    }
}
