package dev.realmforge.engine.auth;

/** A presented token cannot be used: it is malformed, forged, or {@link #expired()}. */
public class TokenRejectedException extends Exception {

    private final boolean expired;

    public TokenRejectedException(String message, boolean expired) {
        super(message, null, false, false);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
