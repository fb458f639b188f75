package dev.realmforge.web.rpg.codec;

import dev.realmforge.web.codec.Utf8;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.WireFormat;
import dev.realmforge.web.transport.WireFrame;
import java.io.UncheckedIOException;

/**
 * An outgoing envelope that is encoded once, the first time the outbound queue asks for its size
 * (on a sender thread, never the tick). The container's encoder, chosen by the subclass, then
 * hands over those same bytes. Only the queue's drain touches a frame, one at a time.
 */
public abstract sealed class EncodedFrame implements WireFrame permits EncodedFrame.Text, EncodedFrame.Binary {

    private final Envelope envelope;

    private EncodedFrame(Envelope envelope) {
        this.envelope = envelope;
    }

    public static EncodedFrame of(WireFormat format, Envelope envelope) {
        return format == WireFormat.MSGPACK ? new Binary(envelope) : new Text(envelope);
    }

    public Envelope envelope() {
        return envelope;
    }

    /** A JSON text frame. */
    public static final class Text extends EncodedFrame {
        private String text;

        Text(Envelope envelope) {
            super(envelope);
        }

        public String text() {
            if (text == null) {
                try {
                    text = WireMappers.JSON.writeValueAsString(envelope());
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException("cannot encode " + envelope().type(), e);
                }
            }
            return text;
        }

        @Override
        public int wireBytes() {
            return Utf8.length(text());
        }
    }

    /** A MessagePack binary frame. */
    public static final class Binary extends EncodedFrame {
        private byte[] bytes;

        Binary(Envelope envelope) {
            super(envelope);
        }

        public byte[] bytes() {
            if (bytes == null) {
                try {
                    bytes = GameUpdatePacker.handles(envelope()) ? GameUpdatePacker.pack(envelope())
                            : WireMappers.MSGPACK.writeValueAsBytes(envelope());
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException("cannot encode " + envelope().type(), e);
                }
            }
            return bytes;
        }

        @Override
        public int wireBytes() {
            return bytes().length;
        }
    }
}
