package dev.realmforge.web.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.account.StaffCaller;
import dev.realmforge.engine.account.StaffService;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The identity store turns the engine's answer about a token into a validation result. */
class BearerTokenIdentityStoreTest {

    private final BearerTokenIdentityStore store = new BearerTokenIdentityStore();

    BearerTokenIdentityStoreTest() {
        store.staff = new StaffService() {
            @Override
            public Optional<StaffCaller> identify(String token) {
                return token.equals("mod-token")
                        ? Optional.of(new StaffCaller(7, "Mod", Set.of("player", "moderator")))
                        : Optional.empty();
            }
        };
    }

    @Test
    void aTokenTheEngineAcceptsIsValidWithTheAccountsNameAndGroups() {
        CredentialValidationResult result = store.validate(new BearerTokenCredential("mod-token"));
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("Mod");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("player", "moderator");
    }

    @Test
    void aTokenTheEngineRefusesIsInvalid() {
        assertThat(store.validate(new BearerTokenCredential("anything-else")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void otherCredentialsAreNotThisStoresToJudge() {
        assertThat(store.validate(new UsernamePasswordCredential("Mod", "pw")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }
}
