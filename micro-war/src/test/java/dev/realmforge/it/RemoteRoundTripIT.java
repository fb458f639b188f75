package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The authentication round trip against an already running server, given by
 * {@code -Drealmforge.remote.url}: used by bin/test to prove the EAR on Payara Server.
 * Skipped when no URL is given.
 */
@EnabledIfSystemProperty(named = "realmforge.remote.url", matches = ".+")
class RemoteRoundTripIT {

    private static URL base() {
        try {
            return URI.create(System.getProperty("realmforge.remote.url")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void registerLoginAuthenticateAndChat(Wire wire) {
        Players.Player player = new Players(base()).register("remote");
        try (GameClient client = GameClient.connect(base(), wire)) {
            Received welcome = client.authenticate(player.token());
            assertThat(welcome.payload().path("username").asText()).isEqualTo(player.username());
            Received sent = client.request("cmd_chat_send", Map.of("channel", "local", "message", "hello from the EAR"));
            assertThat(sent.type()).isEqualTo("resp_success");
            assertThat(client.awaitType("event_chat_message").payload().path("message").asText())
                    .isEqualTo("hello from the EAR");
        }
    }
}
