package dev.realmforge.engine.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class JwtCodecTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED_AT = Instant.parse("2024-02-01T12:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private static JwtCodec codecAt(byte[] secret, Instant now) {
        return new JwtCodec(secret, Clock.fixed(now, ZoneOffset.UTC), LIFETIME);
    }

    private static String issue(long accountId) {
        return codecAt(SECRET, ISSUED_AT).issue(accountId, "alice").accessToken();
    }

    private static void assertRejected(JwtCodec codec, String token, boolean expired) {
        assertThatThrownBy(() -> codec.verify(token))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.expired()).isEqualTo(expired));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void issuedTokenVerifiesToItsAccountId() throws Exception {
        String token = issue(42);

        assertThat(codecAt(SECRET, ISSUED_AT.plusSeconds(60)).verify(token)).isEqualTo(42L);
    }

    @Test
    void issuedTokenReportsItsLifetimeInSeconds() {
        assertThat(codecAt(SECRET, ISSUED_AT).issue(1, "alice").expiresInSeconds()).isEqualTo(900);
    }

    @Test
    void tokenIsValidUntilOneSecondBeforeExpiry() throws Exception {
        String token = issue(42);

        assertThat(codecAt(SECRET, ISSUED_AT.plus(LIFETIME).minusSeconds(1)).verify(token)).isEqualTo(42L);
    }

    @Test
    void tokenAtItsExpiryInstantIsRejectedAsExpired() {
        assertRejected(codecAt(SECRET, ISSUED_AT.plus(LIFETIME)), issue(42), true);
    }

    @Test
    void tokenIssuedByAClockInThePastIsRejectedAsExpired() {
        String token = codecAt(SECRET, ISSUED_AT.minus(Duration.ofHours(1))).issue(42, "alice").accessToken();

        assertRejected(codecAt(SECRET, ISSUED_AT), token, true);
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejectedAsNotExpired() {
        String token = codecAt(OTHER_SECRET, ISSUED_AT).issue(42, "alice").accessToken();

        assertRejected(codecAt(SECRET, ISSUED_AT), token, false);
    }

    @Test
    void garbageIsRejected() {
        assertRejected(codecAt(SECRET, ISSUED_AT), "not-a-token", false);
        assertRejected(codecAt(SECRET, ISSUED_AT), "a.b.c", false);
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = issue(42).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"42\"");
        String forged = parts[0] + "." + base64Url(claims.replace("\"sub\":\"42\"", "\"sub\":\"1\"")) + "." + parts[2];

        assertRejected(codecAt(SECRET, ISSUED_AT), forged, false);
    }

    @Test
    void unsignedTokenWithAlgNoneIsRejected() {
        long exp = ISSUED_AT.plus(LIFETIME).getEpochSecond();
        String token = base64Url("{\"alg\":\"none\"}") + "."
                + base64Url("{\"iss\":\"realmforge\",\"sub\":\"42\",\"exp\":" + exp + "}") + ".";

        assertRejected(codecAt(SECRET, ISSUED_AT), token, false);
    }

    @Test
    void correctlySignedTokenFromAnotherIssuerIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("someone-else").subject("42")
                .expirationTime(Date.from(ISSUED_AT.plus(LIFETIME))).build();

        assertRejected(codecAt(SECRET, ISSUED_AT), sign(claims), false);
    }

    @Test
    void correctlySignedTokenWithoutExpiryIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(JwtCodec.ISSUER).subject("42").build();

        assertRejected(codecAt(SECRET, ISSUED_AT), sign(claims), false);
    }

    @Test
    void correctlySignedTokenWithNonNumericSubjectIsRejected() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(JwtCodec.ISSUER).subject("alice")
                .expirationTime(Date.from(ISSUED_AT.plus(LIFETIME))).build();

        assertRejected(codecAt(SECRET, ISSUED_AT), sign(claims), false);
    }

    @Test
    void correctlySignedTokenWhoseNotBeforeLiesInTheFutureIsRejectedUntilThen() throws Exception {
        Instant notBefore = ISSUED_AT.plusSeconds(60);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(JwtCodec.ISSUER).subject("42")
                .notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(ISSUED_AT.plus(LIFETIME))).build();
        String token = sign(claims);

        assertRejected(codecAt(SECRET, ISSUED_AT), token, false);
        assertRejected(codecAt(SECRET, notBefore.minusMillis(1)), token, false);
        assertThat(codecAt(SECRET, notBefore).verify(token)).isEqualTo(42L);
    }

    @Test
    void secretShorterThan32BytesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> codecAt(new byte[31], ISSUED_AT));
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }
}
