package dev.realmforge.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.realmforge.web.codec.UnicodeScreen;
import dev.realmforge.web.rpg.codec.EnvelopeReader;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Inbound;
import java.nio.charset.StandardCharsets;

/**
 * The fuzz mechanism: every decoder of every profile gets a {@code @FuzzTest} here, fed raw frames
 * through the reader its container decoder delegates to (the decoders only wrap it and read their
 * limit from MicroProfile Config, which a unit test does not have).
 * The property is the same for all: decoding never throws, every frame becomes a message or a
 * refusal with a reason, and nothing that is accepted carries a string that is not Unicode. In a
 * plain build Jazzer replays the seeds under {@code src/test/resources/.../DecoderFuzzTestInputs/};
 * {@code bin/fuzz} runs each target for a while with {@code JAZZER_FUZZ=1} and keeps any crash as a
 * new seed.
 */
class DecoderFuzzTest {

    private static final int MAX_FRAME_BYTES = 8192;
    private static final EnvelopeReader JSON = new EnvelopeReader(WireMappers.JSON, MAX_FRAME_BYTES);
    private static final EnvelopeReader MSGPACK = new EnvelopeReader(WireMappers.MSGPACK, MAX_FRAME_BYTES);

    @FuzzTest(maxDuration = "60s")
    void rpgJsonFrames(byte[] frame) {
        String text = new String(frame, StandardCharsets.UTF_8);
        assertDecodedSafely(JSON.read(text));
    }

    @FuzzTest(maxDuration = "60s")
    void rpgMsgpackFrames(byte[] frame) {
        assertDecodedSafely(MSGPACK.read(frame));
    }

    private static void assertDecodedSafely(Inbound inbound) {
        assertThat(inbound).isNotNull();
        if (inbound instanceof Inbound.Message message) {
            assertThat(UnicodeScreen.wellFormed(message.type())).isTrue();
            assertThat(UnicodeScreen.check(message.payload())).isEmpty();
            assertThat(message.id() == null || UnicodeScreen.wellFormed(message.id())).isTrue();
        } else {
            assertThat(((Inbound.Malformed) inbound).reason()).isNotBlank();
        }
    }
}
