package dev.realmforge.engine.account;

import java.util.Locale;
import java.util.Set;

/**
 * What every profile agrees an account must be: a name of 1 to 32 characters (the stored column)
 * without control characters, unique ignoring case and not reserved, and a password to hash. Each
 * profile checks its own, stricter registration rules before it asks the store (for rpg:
 * {@code RpgCredentialRules}).
 */
public final class AccountRules {

    public static final int USERNAME_MAX_CHARS = 32;

    /**
     * Case-folded names no account may have: server messages are sent in the name of "System", and
     * a player called that (in any case) could pass its own chat off as the server's.
     */
    public static final Set<String> RESERVED_USERNAMES = Set.of("system", "server");

    private static final java.util.regex.Pattern BOOTSTRAP_USERNAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{3,32}");

    private AccountRules() {
    }

    /** Throws {@link AccountException} with reason INVALID_INPUT when no profile could accept the values. */
    public static void check(String username, String password) {
        if (username == null || username.isBlank() || username.length() > USERNAME_MAX_CHARS
                || username.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT,
                    "username must be 1 to " + USERNAME_MAX_CHARS + " characters without control characters");
        }
        if (password == null || password.isEmpty()) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "password is required");
        }
    }

    /**
     * The bootstrap admin (realmforge.admin.*) is made before any profile is asked, and must be
     * able to sign in wherever staff work: its name is 3 to 32 of {@code [A-Za-z0-9_-]} and its
     * password 8 to 72 bytes of UTF-8, as the account rules were before profiles had their own.
     */
    public static void checkBootstrapAdmin(String username, String password) {
        check(username, password);
        if (!BOOTSTRAP_USERNAME.matcher(username).matches()) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT,
                    "username must be 3 to 32 characters of letters, digits, '_' or '-'");
        }
        int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes < 8 || bytes > 72) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "password must be 8 to 72 bytes long");
        }
    }

    /** Throws {@link AccountException} with reason USERNAME_TAKEN for a reserved name, in any case. */
    public static void checkNotReserved(String username) {
        if (username != null && RESERVED_USERNAMES.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is reserved");
        }
    }
}
