package dev.realmforge.engine.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.account.TokenSignIn.Outcome;
import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outcomes of a sign-in by token, over a token service and an account table in memory. */
class TokenSignInTest {

    private static final Map<String, Long> ACCOUNT_OF = Map.of("alice", 1L, "gone", 2L, "mallory", 3L);

    private static TokenSignIn signIn(Map<Long, Account> accounts) {
        TokenSignIn signIn = new TokenSignIn();
        signIn.tokens = new TokenService() {
            @Override
            public long verify(String token) throws TokenRejectedException {
                if (token.equals("old")) {
                    throw new TokenRejectedException("Token has expired", true);
                }
                Long id = ACCOUNT_OF.get(token);
                if (id == null) {
                    throw new TokenRejectedException("Invalid token", false);
                }
                return id;
            }
        };
        signIn.em = entityManager(accounts);
        return signIn;
    }

    @Test
    void everyOutcome() {
        Account alice = new Account("alice", "hash", Role.PLAYER, Instant.EPOCH);
        Account mallory = new Account("mallory", "hash", Role.PLAYER, Instant.EPOCH);
        mallory.ban();
        TokenSignIn signIn = signIn(Map.of(1L, alice, 3L, mallory));

        TokenSignIn.Check ok = signIn.check("alice");
        assertThat(ok.signedIn()).isTrue();
        assertThat(ok.account()).isSameAs(alice);
        assertThat(signIn.check(null).outcome()).isEqualTo(Outcome.MISSING_TOKEN);
        assertThat(signIn.check("  ").outcome()).isEqualTo(Outcome.MISSING_TOKEN);
        assertThat(signIn.check("old").outcome()).isEqualTo(Outcome.EXPIRED_TOKEN);
        assertThat(signIn.check("forged").outcome()).isEqualTo(Outcome.INVALID_TOKEN);
        assertThat(signIn.check("gone").outcome()).isEqualTo(Outcome.NO_ACCOUNT);
        TokenSignIn.Check banned = signIn.check("mallory");
        assertThat(banned.outcome()).isEqualTo(Outcome.BANNED);
        assertThat(banned.account()).as("a refused check names no account").isNull();
    }

    /** An entity manager that only finds accounts by id, in {@code accounts}. */
    private static EntityManager entityManager(Map<Long, Account> accounts) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 2 && args[0] == Account.class) {
                        return accounts.get((Long) args[1]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
