package dev.realmforge.web.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mechanism without a container: which requests it authenticates, and which it leaves alone. */
class BearerTokenMechanismTest {

    private static final CredentialValidationResult ADMIN = new CredentialValidationResult(
            new CallerPrincipal("boss"), Set.of("player", "moderator", "admin"));

    private final List<String> validated = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<CredentialValidationResult> notified = new ArrayList<>();

    /** Accepts the token "good" as the admin "boss", refuses every other. */
    private final IdentityStoreHandler stores = (Credential credential) -> {
        String token = ((BearerTokenCredential) credential).token();
        validated.add(token);
        return token.equals("good") ? ADMIN : CredentialValidationResult.INVALID_RESULT;
    };

    private AuthenticationStatus validate(Map<String, String> headers) {
        BearerTokenMechanism mechanism = new BearerTokenMechanism();
        mechanism.identityStores = stores;
        return mechanism.validateRequest(request(headers), response(), context());
    }

    @Test
    void aValidBearerTokenLogsTheCallerInWithItsGroups() {
        AuthenticationStatus status = validate(Map.of("Authorization", "Bearer good"));
        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(validated).containsExactly("good");
        assertThat(calls).containsExactly("notifyContainerAboutLogin");
        assertThat(notified).singleElement().satisfies(result -> {
            assertThat(result.getCallerPrincipal().getName()).isEqualTo("boss");
            assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("player", "moderator", "admin");
        });
    }

    @Test
    void theTokenIsTrimmedAsTheStaffApiAlwaysDid() {
        validate(Map.of("Authorization", "Bearer   good  "));
        assertThat(validated).containsExactly("good");
        assertThat(calls).containsExactly("notifyContainerAboutLogin");
    }

    @Test
    void aRefusedTokenDoesNothingSoTheResourceDecides() {
        assertThat(validate(Map.of("Authorization", "Bearer forged"))).isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(validate(Map.of("Authorization", "Bearer "))).isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(validated).containsExactly("forged", "");
        assertThat(calls).containsExactly("doNothing", "doNothing");
        assertThat(notified).isEmpty();
    }

    @Test
    void requestsWithoutABearerHeaderAreLeftAlone() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Authorization", "Basic Ym9zczpwdw=="),
                Map.of("Authorization", "bearer good"), Map.of("Authorization", "Bearergood"),
                Map.of("Authorization", ""))) {
            assertThat(validate(headers)).as("%s", headers).isEqualTo(AuthenticationStatus.NOT_DONE);
        }
        assertThat(validated).as("no token was even looked at").isEmpty();
        assertThat(calls).containsOnly("doNothing").hasSize(5);
    }

    @Test
    void webSocketUpgradesAreNeverAuthenticatedHereEvenWithABearerHeader() {
        for (String upgrade : List.of("websocket", "WebSocket")) {
            assertThat(validate(Map.of("Authorization", "Bearer good", "Upgrade", upgrade, "Connection", "Upgrade")))
                    .isEqualTo(AuthenticationStatus.NOT_DONE);
        }
        assertThat(validated).isEmpty();
        assertThat(calls).containsExactly("doNothing", "doNothing");
    }

    @Test
    void bearerTokenReadsOnlyTheExactScheme() {
        assertThat(BearerTokenMechanism.bearerToken("Bearer abc")).isEqualTo("abc");
        assertThat(BearerTokenMechanism.bearerToken("Bearer  abc ")).isEqualTo("abc");
        assertThat(BearerTokenMechanism.bearerToken("Bearer ")).isEmpty();
        assertThat(BearerTokenMechanism.bearerToken("bearer abc")).isNull();
        assertThat(BearerTokenMechanism.bearerToken("Basic abc")).isNull();
        assertThat(BearerTokenMechanism.bearerToken(null)).isNull();
    }

    @Test
    void theCredentialDoesNotPrintItsToken() {
        assertThat(new BearerTokenCredential("secret-token")).hasToString("BearerTokenCredential[token hidden]");
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(BearerTokenMechanismTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.entrySet().stream()
                            .filter(h -> h.getKey().equalsIgnoreCase((String) args[0]))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    case "toString" -> "request " + headers;
                    default -> throw new UnsupportedOperationException("request." + method.getName());
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(BearerTokenMechanismTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("the mechanism never writes the response: " + method.getName());
                });
    }

    private HttpMessageContext context() {
        return (HttpMessageContext) Proxy.newProxyInstance(BearerTokenMechanismTest.class.getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "doNothing" -> {
                            calls.add("doNothing");
                            return AuthenticationStatus.NOT_DONE;
                        }
                        case "notifyContainerAboutLogin" -> {
                            calls.add("notifyContainerAboutLogin");
                            if (args.length != 1 || !(args[0] instanceof CredentialValidationResult result)) {
                                throw new UnsupportedOperationException("notify with " + List.of(args));
                            }
                            notified.add(result);
                            return AuthenticationStatus.SUCCESS;
                        }
                        default -> throw new UnsupportedOperationException("context." + method.getName());
                    }
                });
    }
}
