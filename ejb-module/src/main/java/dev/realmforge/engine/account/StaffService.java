package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
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

/**
 * Staff tools every profile shares: banning (which closes the account's sessions in every
 * profile) and roles. Moderators may ban; only admins change roles. Each call checks the caller's token and role first. Staff can only ban
 * accounts of a lower role than their own, and an admin cannot change their own role, so the last
 * admin cannot be locked out by mistake.
 */
@Stateless
public class StaffService {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    TokenService tokens;

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
    public void setBanned(String callerToken, String username, boolean banned) {
        Account caller = authorize(callerToken, Role.MODERATOR);
        Account account = find(username);
        if (account.getRole().ordinal() >= caller.getRole().ordinal()) {
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
    public AccountView changeRole(String callerToken, String username, String role) {
        Account caller = authorize(callerToken, Role.ADMIN);
        Role newRole;
        try {
            newRole = Role.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "role must be player, moderator or admin");
        }
        Account account = find(username);
        if (account.getId().equals(caller.getId())) {
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
     * The caller's account when its token is valid, it is not banned and its role is at least
     * {@code minimum}; profiles' staff tools call this first.
     */
    public Account authorize(String token, Role minimum) {
        long accountId;
        try {
            accountId = tokens.verify(token == null ? "" : token);
        } catch (TokenRejectedException e) {
            throw new AccountException(AccountException.Reason.UNAUTHENTICATED, "a valid bearer token is required");
        }
        Account caller = em.find(Account.class, accountId);
        if (caller == null || caller.isBanned()) {
            throw new AccountException(AccountException.Reason.UNAUTHENTICATED, "a valid bearer token is required");
        }
        if (caller.getRole().ordinal() < minimum.ordinal()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN,
                    "requires the " + minimum.name().toLowerCase(Locale.ROOT) + " role");
        }
        return caller;
    }

    /** The account of that name, ignoring case, or NOT_FOUND. */
    public Account find(String username) {
        return AccountLookup.byUsername(em, String.valueOf(username))
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND, "no such account"));
    }
}
