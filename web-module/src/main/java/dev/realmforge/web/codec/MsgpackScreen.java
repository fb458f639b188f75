package dev.realmforge.web.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;

/**
 * Walks the first MessagePack value of a frame before anything builds objects from it. Every
 * declared length (string, binary, extension, array, map) must fit in the bytes the frame really
 * has, so a header claiming 2 GB in an 8-byte frame is refused without allocating; every string
 * must be strict UTF-8 (no replacement characters are made up: such a frame is refused as
 * {@code invalid_unicode}, and only once the whole value has proved sound, so that the caller may
 * still parse it to find the correlation id). Works with a count of values still to read instead of recursion, so
 * deep nesting cannot overflow the stack. Bytes after the first value are ignored, as the
 * decoders have always done.
 */
public final class MsgpackScreen {

    private MsgpackScreen() {
    }

    public static Optional<FrameProblem> check(byte[] frame) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(frame)) {
            boolean notUnicode = false;
            long valuesLeft = 1;
            while (valuesLeft > 0) {
                valuesLeft--;
                if (!in.hasNext()) {
                    return Optional.of(FrameProblem.unparseable());
                }
                long remaining = frame.length - in.getTotalReadBytes();
                MessageFormat format = in.getNextFormat();
                switch (format.getValueType()) {
                    case STRING -> {
                        int length = in.unpackRawStringHeader();
                        if (!fits(length, frame, in)) {
                            return Optional.of(FrameProblem.unparseable());
                        }
                        byte[] text = in.readPayload(length);
                        try {
                            utf8.reset().decode(ByteBuffer.wrap(text));
                        } catch (CharacterCodingException notUtf8) {
                            notUnicode = true;   // go on: the structure must still be sound to say so
                        }
                    }
                    case BINARY -> {
                        int length = in.unpackBinaryHeader();
                        if (!fits(length, frame, in)) {
                            return Optional.of(FrameProblem.unparseable());
                        }
                        in.readPayloadAsReference(length);
                    }
                    case EXTENSION -> {
                        int length = in.unpackExtensionTypeHeader().getLength();
                        if (!fits(length, frame, in)) {
                            return Optional.of(FrameProblem.unparseable());
                        }
                        in.readPayloadAsReference(length);
                    }
                    case ARRAY -> {
                        long entries = in.unpackArrayHeader() & 0xffffffffL;
                        if (entries > remaining) {
                            return Optional.of(FrameProblem.unparseable());
                        }
                        valuesLeft += entries;
                    }
                    case MAP -> {
                        long entries = in.unpackMapHeader() & 0xffffffffL;
                        if (2 * entries > remaining) {
                            return Optional.of(FrameProblem.unparseable());
                        }
                        valuesLeft += 2 * entries;
                    }
                    default -> in.skipValue();
                }
                if (valuesLeft > frame.length) {
                    return Optional.of(FrameProblem.unparseable());
                }
            }
            return notUnicode ? Optional.of(FrameProblem.invalidUnicode()) : Optional.empty();
        } catch (IOException | MessagePackException broken) {
            return Optional.of(FrameProblem.unparseable());
        }
    }

    private static boolean fits(int length, byte[] frame, MessageUnpacker in) {
        return length >= 0 && length <= frame.length - in.getTotalReadBytes();
    }
}
