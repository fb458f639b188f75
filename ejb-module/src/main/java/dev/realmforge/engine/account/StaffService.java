package dev.realmforge.engine.account;

import dev.realmforge.engine.event.AccountBannedEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.Presence;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff tools every profile shares: banning (which closes the account's sessions in every
 * profile) and roles, and {@link #identify}, which tells the web layer who presented a bearer
 * token. Moderators may ban; only admins change roles: the HTTP API states that with
 * {@code @RolesAllowed} and the platform checks it against the caller's groups before these
 * methods run; here {@code caller} is that authenticated account's username. Staff can only ban
 * accounts of a lower role than their own, and an admin cannot change their own role, so the last
 * admin cannot be locked out by mistake.
 */
@Stateless
public class StaffService {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    TokenSignIn signIn;

    @Inject
    Presence presence;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Banning also disconnects the player if online, once the ban has committed: a player told it
     * is banned stays banned after a crash, and cannot sign in again before the ban is stored.
     */
    public void setBanned(String caller, String username, boolean banned) {
        Account staff = callerAccount(caller);
        Account account = find(username);
        if (account.getRole().compareTo(staff.getRole()) >= 0) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, "can only ban accounts below your own role");
        }
        if (banned) {
            account.ban();
            afterCommit(() -> presence.sessionsOf(account.getId()).forEach(session -> {
                session.link().deliver(new AccountBannedEvent("You have been banned", clock.instant()));
                session.link().close(DisconnectReason.BANNED);
            }));
        } else {
            account.unban();
        }
    }

    /** Stored at once; a signed-in session sees the new role when it next signs in. */
    public AccountView changeRole(String caller, String username, String role) {
        Account admin = callerAccount(caller);
        Role newRole;
        try {
            newRole = Role.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "role must be player, moderator or admin");
        }
        Account account = find(username);
        if (account.getId().equals(admin.getId())) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, "admins cannot change their own role");
        }
        account.changeRole(newRole);
        return AccountView.of(account);
    }

    /** Runs {@code action} after this call's transaction has committed, not at all if it rolls back. */
    private void afterCommit(Runnable action) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /**
     * The account behind a bearer token, read from the database now: empty when the token is not
     * valid (malformed, forged, expired), its account is gone or banned. So a ban, a demotion or a
     * promotion takes effect on the caller's next request, whatever the token's age.
     */
    public Optional<StaffCaller> identify(String token) {
        TokenSignIn.Check check = signIn.check(token);
        if (!check.signedIn()) {
            return Optional.empty();
        }
        Account account = check.account();
        return Optional.of(new StaffCaller(account.getId(), account.getUsername(),
                StaffRoles.grantedBy(account.getRole())));
    }

    /**
     * The authenticated caller's account. The platform let the request through moments ago; should
     * the account have gone since, the caller is treated as unauthenticated, as a token of a
     * deleted account is.
     */
    private Account callerAccount(String caller) {
        return AccountLookup.byUsername(em, String.valueOf(caller))
                .orElseThrow(() -> new AccountException(AccountException.Reason.UNAUTHENTICATED,
                        "a valid bearer token is required"));
    }

    /** The account of that name, ignoring case, or NOT_FOUND. */
    public Account find(String username) {
        return AccountLookup.byUsername(em, String.valueOf(username))
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND, "no such account"));
    }
}
