package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.engine.event.ChatMessageEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.OnlinePlayer;
import dev.realmforge.engine.session.OnlinePlayers;
import dev.realmforge.engine.session.PlayerStore;
import dev.realmforge.engine.session.Position;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import dev.realmforge.persistence.player.PlayerRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/**
 * Staff tools: banning, roles and moving a stuck player. Moderators may ban and move players;
 * only admins change roles. Each call checks the caller's token and role first. Staff can only ban
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
    OnlinePlayers online;

    @Inject
    PlayerStore players;

    @Inject
    Clock clock;

    /** Banning also disconnects the player if online. */
    public void setBanned(String callerToken, String username, boolean banned) {
        Account caller = authorize(callerToken, Role.MODERATOR);
        Account account = find(username);
        if (account.getRole().ordinal() >= caller.getRole().ordinal()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, "can only ban accounts below your own role");
        }
        if (banned) {
            account.ban();
            online.byAccount(account.getId()).ifPresent(player -> {
                player.link().deliver(ChatMessageEvent.system("You have been banned", clock.instant()));
                player.link().close(DisconnectReason.BANNED);
            });
        } else {
            account.unban();
        }
    }

    /** Stored at once; a connected player gets the new role at its next cmd_authenticate. */
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

    /** Moves a player: its live position when online, its saved one otherwise. */
    public void teleport(String callerToken, String username, String mapId, int x, int y) {
        authorize(callerToken, Role.MODERATOR);
        if (mapId == null || mapId.isBlank() || x < 0 || y < 0) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "map_id and non-negative x, y are required");
        }
        Account account = find(username);
        var live = online.byAccount(account.getId());
        if (live.isPresent()) {
            OnlinePlayer player = live.get();
            player.placeAt(new Position(mapId, x, y, player.position().facing()));
            return;
        }
        PlayerRecord record = players.findByAccount(account.getId()).orElseThrow(
                () -> new AccountException(AccountException.Reason.NOT_FOUND, "account has no player"));
        record.moveTo(mapId, x, y, record.getFacing());
        em.merge(record);
    }

    private Account authorize(String token, Role minimum) {
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

    private Account find(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME_KEY, Account.class)
                .setParameter("key", Account.usernameKey(String.valueOf(username)))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND, "no such account"));
    }
}
