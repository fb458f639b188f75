package dev.realmforge.web.rest;

/** Request and response bodies of {@code /auth}. */
public final class AuthDtos {

    private AuthDtos() {
    }

    public record Credentials(String username, String password) {
    }

    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    public record Account(long id, String username, String role) {
    }

    public record RoleChange(String role) {
    }

    public record Placement(String mapId, Integer x, Integer y) {
    }

    public record ItemGrant(Integer itemId, Integer quantity) {
    }

    public record ItemAuditLine(int itemId, long held, long created, long destroyed, boolean balanced) {
    }

    public record Problem(String error, String message) {
    }
}
