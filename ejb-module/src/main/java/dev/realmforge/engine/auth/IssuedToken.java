package dev.realmforge.engine.auth;

/** A freshly signed access token and how many seconds it stays valid. */
public record IssuedToken(String accessToken, long expiresInSeconds) {
}
