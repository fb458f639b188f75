package dev.realmforge.web.rest.security;

import dev.realmforge.engine.account.StaffCaller;
import dev.realmforge.engine.account.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Validates {@link BearerTokenCredential}s through the engine ({@link StaffService#identify}): the
 * token's signature and expiry, then the account as stored now, so a banned or deleted account is
 * refused and the groups are those of the account's current role. The caller's name is the
 * account's username. Any other kind of credential is not this store's to judge.
 */
@ApplicationScoped
public class BearerTokenIdentityStore implements IdentityStore {

    @Inject
    StaffService staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<StaffCaller> caller = staff.identify(bearer.token());
        return caller.map(c -> new CredentialValidationResult(new CallerPrincipal(c.username()), c.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
