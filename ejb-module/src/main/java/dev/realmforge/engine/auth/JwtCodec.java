package dev.realmforge.engine.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * HS256 JWTs via Nimbus JOSE+JWT. {@code sub} is the account id, {@code name} the username.
 * Plain class so the rules can be tested without a container.
 */
public final class JwtCodec {

    static final String ISSUER = "realmforge";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    private final Duration lifetime;

    public JwtCodec(byte[] secret, Clock clock, Duration lifetime) {
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("token secret must be at least 256 bits", e);
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(long accountId, String username) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(accountId))
                .claim("name", username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a token failed", e);
        }
        return new IssuedToken(jwt.serialize(), lifetime.toSeconds());
    }

    /** Returns the account id of a valid token. */
    public long verify(String token) throws TokenRejectedException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejectedException("token is not a JWT", false);
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new TokenRejectedException("unexpected token algorithm", false);
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new TokenRejectedException("token signature does not match", false);
            }
        } catch (JOSEException e) {
            throw new TokenRejectedException("token signature cannot be checked", false);
        }
        if (!ISSUER.equals(claims.getIssuer())) {
            throw new TokenRejectedException("token was not issued here", false);
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new TokenRejectedException("token has no expiry", false);
        }
        if (!clock.instant().isBefore(expiry.toInstant())) {
            throw new TokenRejectedException("token has expired", true);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && clock.instant().isBefore(notBefore.toInstant())) {
            throw new TokenRejectedException("token is not valid yet", false);
        }
        try {
            return Long.parseLong(claims.getSubject());
        } catch (NumberFormatException e) {
            throw new TokenRejectedException("token subject is not an account", false);
        }
    }
}
