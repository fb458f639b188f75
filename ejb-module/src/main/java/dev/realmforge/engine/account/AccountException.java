package dev.realmforge.engine.account;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Objects;

/** Registration or login was refused; {@link #reason()} says why. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    /** Why an account operation was refused. */
    public enum Reason {
        INVALID_INPUT,
        USERNAME_TAKEN,
        BAD_CREDENTIALS,
        BANNED,
        THROTTLED,
        /** No valid bearer token on a staff request. */
        UNAUTHENTICATED,
        /** A valid token whose role is too low for the request. */
        FORBIDDEN,
        NOT_FOUND,
        /** The request contradicts what is stored: a granted stack would exceed its limit. */
        CONFLICT
    }

    private final Reason reason;
    private final Duration retryAfter;

    public AccountException(Reason reason, String message) {
        this(reason, message, Duration.ZERO);
    }

    public AccountException(Reason reason, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason);
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#THROTTLED}: how long until another attempt is considered. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
