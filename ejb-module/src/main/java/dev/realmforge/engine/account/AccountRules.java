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

    /** Throws {@link AccountException} with reason USERNAME_TAKEN for a reserved name, in any case. */
    public static void checkNotReserved(String username) {
        if (username != null && RESERVED_USERNAMES.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "username is reserved");
        }
    }
}
