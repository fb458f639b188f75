package dev.realmforge.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on replies that every integration test shares. */
public final class Replies {

    private Replies() {
    }

    /** A resp_error with this code, a message, a details map and the protocol version. */
    public static void assertError(GameClient.Received reply, String code) {
        assertThat(reply.type()).as("reply %s", reply.message()).isEqualTo("resp_error");
        assertThat(reply.payload().path("error_code").asText()).isEqualTo(code);
        assertThat(reply.payload().path("message").asText()).isNotBlank();
        assertThat(reply.payload().path("details").isObject()).isTrue();
        assertThat(reply.message().path("version").asText()).isEqualTo("2.0");
    }
}
