package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.session.Admission;
import java.util.Optional;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import org.junit.jupiter.api.Test;

/** A sign-in that the admission gate turns away, and the same socket trying again. */
class AuthenticateAdmissionTest {

    private boolean doorOpen;
    private final RecordingFrameSink sink = new RecordingFrameSink();
    private final RpgConnection connection = new RpgConnection(sink);
    private final RpgDispatcher dispatcher = RpgFuzzStubs.dispatcher();

    {
        dispatcher.authenticate.admission = new Admission() {
            @Override
            public Optional<Admitted> enter() {
                return doorOpen ? Optional.of(() -> { }) : Optional.empty();
            }
        };
    }

    private Envelope authenticate(String id) {
        var payload = WireMappers.JSON.createObjectNode().put("token", RpgFuzzStubs.VALID_TOKEN);
        dispatcher.dispatch(connection, new InboundFrame.Json(
                new Inbound.Message(id, MessageType.CMD_AUTHENTICATE, payload, "2.0")));
        return sink.frames.get(sink.frames.size() - 1).envelope();
    }

    @Test
    void aBusyServerRefusesTheSignInAndTheSocketMayTryAgain() {
        Envelope refused = authenticate("a1");

        assertThat(refused.type()).isEqualTo(MessageType.RESP_ERROR);
        assertThat(refused.id()).isEqualTo("a1");
        Payloads.Error error = (Payloads.Error) refused.payload();
        assertThat(error.errorCode()).isEqualTo(RpgErrorCode.AUTHENTICATION_FAILED.name());
        assertThat(error.details()).containsEntry("reason", "server_busy");
        assertThat(connection.player()).isNull();
        assertThat(sink.closes).isEmpty();

        doorOpen = true;
        int before = sink.frames.size();
        authenticate("a2");

        assertThat(sink.frames.get(before).envelope().type()).isEqualTo(MessageType.EVENT_WELCOME);
        assertThat(sink.frames.get(before).envelope().id()).isEqualTo("a2");
        assertThat(connection.player()).isNotNull();
    }
}
