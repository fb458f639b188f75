package dev.realmforge.engine.rpg.account;

import dev.realmforge.engine.account.AccountException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The rpg profile's registration rules ({@code POST /auth/register}): a username is 3 to 32 of
 * {@code [A-Za-z0-9_-]}, a password 8 to 72 bytes of UTF-8. The account store adds the rules every
 * profile shares (AccountRules).
 */
public final class RpgCredentialRules {

    public static final int PASSWORD_MIN_BYTES = 8;
    public static final int PASSWORD_MAX_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    private RpgCredentialRules() {
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


    private static AccountException invalid(String message) {
        return new AccountException(AccountException.Reason.INVALID_INPUT, message);
    }
}
