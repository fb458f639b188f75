package dev.realmforge.engine.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a username and a password must look like: a username is 3 to 32 of {@code [A-Za-z0-9_-]};
 * a password is 8 to 72 bytes of UTF-8. A few names are reserved for the server itself.
 */
public final class CredentialRules {

    public static final int PASSWORD_MIN_BYTES = 8;
    public static final int PASSWORD_MAX_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    /**
     * Case-folded names no account may have: server messages are sent in the name of "System", and
     * a player called that (in any case) could pass its own chat off as the server's.
     */
    public static final Set<String> RESERVED_USERNAMES = Set.of("system", "server");

    private CredentialRules() {
    }

    /** Throws {@link AccountException} with reason INVALID_INPUT when either value is unacceptable. */
    public static void check(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw invalid("username must be 3 to 32 characters of letters, digits, '_' or '-'");
        }
        if (password == null) {
            throw invalid("password is required");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < PASSWORD_MIN_BYTES || bytes > PASSWORD_MAX_BYTES) {
            throw invalid("password must be " + PASSWORD_MIN_BYTES + " to " + PASSWORD_MAX_BYTES + " bytes long");
        }
    }

    /** Throws {@link AccountException} with reason USERNAME_TAKEN for a reserved name, in any case. */
    public static void checkNotReserved(String username) {
        if (username != null && RESERVED_USERNAMES.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is reserved");
        }
    }

    private static AccountException invalid(String message) {
        return new AccountException(AccountException.Reason.INVALID_INPUT, message);
    }
}
