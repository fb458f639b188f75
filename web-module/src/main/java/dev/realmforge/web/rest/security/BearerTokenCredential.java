package dev.realmforge.web.rest.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/** The token of an {@code Authorization: Bearer <token>} header, as presented. */
public final class BearerTokenCredential implements Credential {

    private final String token;

    public BearerTokenCredential(String token) {
        this.token = Objects.requireNonNull(token);
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "BearerTokenCredential[token hidden]";
    }
}
