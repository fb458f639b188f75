package dev.realmforge.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Hand-made tokens for the negative paths; the tests know the server's configured secret. */
public final class Tokens {

    private Tokens() {
    }

    public static String expiredFor(long accountId) {
        Instant past = Instant.now().minusSeconds(3600);
        return sign(System.getProperty("realmforge.it.jwt-secret"), accountId, past.minusSeconds(60), past);
    }

    /** Correctly signed and unexpired, but with an {@code nbf} an hour from now. */
    public static String notYetValidFor(long accountId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("realmforge").subject(Long.toString(accountId))
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.plusSeconds(3600)))
                .expirationTime(Date.from(now.plusSeconds(7200))).build();
        return sign(System.getProperty("realmforge.it.jwt-secret"), claims);
    }

    public static String signedWithAnotherSecret(long accountId) {
        Instant now = Instant.now();
        return sign("some-other-secret-that-is-long-enough-0123", accountId, now, now.plusSeconds(3600));
    }

    private static String sign(String secret, long accountId, Instant issued, Instant expires) {
        return sign(secret, new JWTClaimsSet.Builder().issuer("realmforge").subject(Long.toString(accountId))
                .issueTime(Date.from(issued)).expirationTime(Date.from(expires)).build());
    }

    private static String sign(String secret, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
