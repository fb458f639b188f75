package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.chat.ChatChannel;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.codec.EncodedFrame;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpgConnectionTest {

    private static final Instant NOW = Instant.parse("2024-02-01T12:00:00Z");

    private final RecordingFrameSink sink = new RecordingFrameSink();
    private final RpgConnection connection = new RpgConnection(sink);

    @Test
    void eventsArrivingDuringAuthenticationWaitBehindTheGreetingAndSkills() {
        connection.beginAuthentication();
        connection.deliver(new ChatMessageEvent("bob", "early bird", ChatChannel.LOCAL, NOW));
        assertThat(sink.frames).as("held until authentication completes").isEmpty();

        connection.completeAuthentication(List.of(ChatMessageEvent.system("Welcome", NOW), new SkillsEvent(List.of())));

        assertThat(sink.frames).extracting(frame -> frame.envelope().type()).containsExactly(
                MessageType.EVENT_CHAT_MESSAGE, MessageType.EVENT_SKILLS, MessageType.EVENT_CHAT_MESSAGE);
        assertThat(sink.last().envelope().payload().toString()).contains("early bird");
    }

    @Test
    void afterAuthenticationEventsGoStraightOut() {
        connection.beginAuthentication();
        connection.completeAuthentication(List.of());

        connection.deliver(new ChatMessageEvent("bob", "hi", ChatChannel.LOCAL, NOW));

        assertThat(sink.frames).hasSize(1);
        assertThat(sink.last()).isInstanceOf(EncodedFrame.Text.class);
    }

    @Test
    void anUnauthenticatedConnectionStillReceivesEventsSuchAsTheShutdownNotice() {
        connection.deliver(new dev.realmforge.engine.event.ServerShutdownEvent("bye", NOW));

        assertThat(sink.last().envelope().type()).isEqualTo(MessageType.EVENT_SERVER_SHUTDOWN);
    }

    @Test
    void aRefusedAuthenticationReleasesHeldEvents() {
        connection.beginAuthentication();
        connection.deliver(new ChatMessageEvent("bob", "meanwhile", ChatChannel.LOCAL, NOW));

        connection.abortAuthentication();

        assertThat(sink.frames).hasSize(1);
    }

    @Test
    void closeCodesNameTheReason() {
        connection.close(DisconnectReason.SESSION_REPLACED);
        connection.close(DisconnectReason.BANNED);
        connection.close(DisconnectReason.SERVER_SHUTDOWN);

        assertThat(sink.closes).extracting(reason -> reason.getCloseCode().getCode())
                .containsExactly(4001, 4003, 1001);
    }

    @Test
    void bindFailsOnceTheSocketHasClosed() {
        assertThat(connection.markClosed()).isNull();
        assertThat(connection.bind(null)).isFalse();
    }
}
