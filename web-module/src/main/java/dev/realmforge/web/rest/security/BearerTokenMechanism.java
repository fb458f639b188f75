package dev.realmforge.web.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's HTTP authentication: a request with {@code Authorization: Bearer <token>}
 * whose token the identity store accepts ({@link BearerTokenIdentityStore}) is made the request of
 * that caller, with its groups, for this request only (no session, no cookie). Everything else is
 * left alone: a request without such a header, one whose token is refused, and every WebSocket
 * upgrade (the game protocols authenticate inside the socket) go on unauthenticated, and it is the
 * resource's {@code @RolesAllowed} that answers 401 or 403, never this mechanism. So unprotected
 * paths ({@code /auth}, the WebSockets, health and metrics) behave as if it were not there.
 *
 * <p>Only the exact scheme {@code "Bearer "} is read, as the staff API always did.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isWebSocketUpgrade(request)) {
            return context.doNothing();
        }
        String token = bearerToken(request.getHeader("Authorization"));
        if (token == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(token));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The token of an {@code Authorization} header of the bearer scheme, or null. */
    static String bearerToken(String authorization) {
        return authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).trim() : null;
    }

    private static boolean isWebSocketUpgrade(HttpServletRequest request) {
        String upgrade = request.getHeader("Upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
