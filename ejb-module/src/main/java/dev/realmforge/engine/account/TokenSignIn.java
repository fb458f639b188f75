package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.persistence.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who a bearer token speaks for, checked the one way every profile and the staff API sign in: the
 * signature and expiry ({@link TokenService}), then the account as the database has it now, so a
 * deleted or banned account is refused at once even with a token that has not expired. Profiles
 * turn the outcome into their own codes and words; none of them checks a token by itself.
 */
@ApplicationScoped
public class TokenSignIn {

    /** Why a token was refused, or that it was not. */
    public enum Outcome {
        SIGNED_IN,
        /** No token, or an empty one. */
        MISSING_TOKEN,
        /** Well formed and correctly signed, but past its expiry. */
        EXPIRED_TOKEN,
        /** Malformed, signed with another key, or not yet valid. */
        INVALID_TOKEN,
        /** A valid token of an account that no longer exists. */
        NO_ACCOUNT,
        /** A valid token of a banned account. */
        BANNED
    }

    /** The outcome, with the account when it is {@link Outcome#SIGNED_IN} (null otherwise). */
    public record Check(Outcome outcome, Account account) {

        public boolean signedIn() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    @Inject
    TokenService tokens;

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    public Check check(String token) {
        if (token == null || token.isBlank()) {
            return new Check(Outcome.MISSING_TOKEN, null);
        }
        long accountId;
        try {
            accountId = tokens.verify(token);
        } catch (TokenRejectedException e) {
            return new Check(e.expired() ? Outcome.EXPIRED_TOKEN : Outcome.INVALID_TOKEN, null);
        }
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return new Check(Outcome.NO_ACCOUNT, null);
        }
        return account.isBanned() ? new Check(Outcome.BANNED, null) : new Check(Outcome.SIGNED_IN, account);
    }
}
