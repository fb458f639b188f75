package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Http;
import dev.realmforge.it.support.MicroProcess;
import dev.realmforge.it.support.OwnServer;
import dev.realmforge.it.support.Players;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Registrations per client address on a server of its own: the shared test server raises the limit
 * for the many players the other tests register, so this one starts with a limit of 2.
 * <p>
 * Own server ({@link OwnServer}): a limit of 2 registrations per address would refuse the players
 * of every other test, which all register from 127.0.0.1.
 */
@OwnServer
class RegistrationThrottleIT {

    @Test
    void anAddressPastItsRegistrationLimitIsThrottledWithRetryAfter() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "register-throttle-it"));
        Path dataDir = Files.createTempDirectory(work, "data");
        try (MicroProcess server = MicroProcess.start(dataDir, work.resolve("payara-micro.log"),
                "realmforge.auth.register.per-ip=2")) {
            Http http = new Http(server.url());
            assertThat(http.postJson("/auth/register", Map.of("username", "ab", "password", "secret-pass")).status())
                    .as("a refused name does not count").isEqualTo(400);
            String first = Players.uniqueName("limit");
            assertThat(register(http, first).status()).isEqualTo(201);
            assertThat(register(http, first).status()).as("a taken name counts").isEqualTo(409);

            Http.Reply throttled = register(http, Players.uniqueName("limit"));
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.body().get("error").asText()).isEqualTo("throttled");
            assertThat(throttled.retryAfter()).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
            assertThat(new Players(server.url()).login(first, "secret-pass")).as("logins are not affected").isNotBlank();
        }
    }

    private static Http.Reply register(Http http, String username) {
        return http.postJson("/auth/register", Map.of("username", username, "password", "secret-pass"));
    }
}
