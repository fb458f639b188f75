package dev.realmforge.web.rpg.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.web.rpg.wire.Inbound;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The String path used for JSON text frames: the size limit counts UTF-8 bytes, not chars. */
class EnvelopeReaderTextTest {

    private final EnvelopeReader reader = new EnvelopeReader(WireMappers.JSON, 8192);

    private static String chatFrame(String message) {
        return "{\"id\":\"r1\",\"type\":\"cmd_chat_send\",\"payload\":{\"message\":\"" + message + "\"},\"version\":\"2.0\"}";
    }

    @Test
    void validTextFrameIsAMessage() {
        Inbound inbound = reader.read(chatFrame("héllo €"));

        assertThat(inbound).isInstanceOfSatisfying(Inbound.Message.class, m -> {
            assertThat(m.id()).isEqualTo("r1");
            assertThat(m.payload().get("message").asText()).isEqualTo("héllo €");
            assertThat(m.version()).isEqualTo("2.0");
        });
    }

    @Test
    void threeThousandEuroSignsExceedTheLimitAlthoughFewerThan8192Chars() {
        String frame = chatFrame("€".repeat(3000));
        assertThat(frame.length()).isLessThan(8192);

        Inbound inbound = reader.read(frame);

        assertThat(inbound).isInstanceOfSatisfying(Inbound.Malformed.class, bad -> {
            assertThat(bad.reason()).isEqualTo("frame_too_large");
            assertThat(bad.message()).contains(Integer.toString(frame.getBytes(StandardCharsets.UTF_8).length));
        });
    }

    @Test
    void frameAtExactlyTheLimitInUtf8BytesIsRead() {
        String frame = chatFrame("é€😀".repeat(100));
        int bytes = frame.getBytes(StandardCharsets.UTF_8).length;

        assertThat(new EnvelopeReader(WireMappers.JSON, bytes).read(frame)).isInstanceOf(Inbound.Message.class);
        assertThat(new EnvelopeReader(WireMappers.JSON, bytes - 1).read(frame))
                .isInstanceOfSatisfying(Inbound.Malformed.class,
                        bad -> assertThat(bad.reason()).isEqualTo("frame_too_large"));
    }

    @Test
    void unparseableTextIsUnparseable() {
        assertThat(reader.read("{not json")).isInstanceOfSatisfying(Inbound.Malformed.class,
                bad -> assertThat(bad.reason()).isEqualTo("unparseable"));
    }

    @Test
    void textThatIsNotAnObjectIsRefused() {
        assertThat(reader.read("[]")).isInstanceOfSatisfying(Inbound.Malformed.class,
                bad -> assertThat(bad.reason()).isEqualTo("not_an_object"));
    }
}
