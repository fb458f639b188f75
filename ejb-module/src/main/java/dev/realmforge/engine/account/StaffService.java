package dev.realmforge.engine.account;

import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
import dev.realmforge.engine.rpg.event.ChatMessageEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.session.OnlinePlayers;
import dev.realmforge.engine.rpg.session.PlayerStore;
import dev.realmforge.engine.rpg.session.Position;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.item.ItemService;
import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.item.StackLimit;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.account.Role;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import dev.realmforge.engine.rpg.world.WorldCommand;
import dev.realmforge.engine.rpg.world.WorldTick;
import dev.realmforge.engine.rpg.map.MapCatalog;
import dev.realmforge.engine.rpg.map.TileMap;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    @Inject
    MapCatalog maps;

    @Inject
    WorldTick world;

    @Inject
    ItemService items;

    @Inject
    ItemTransactions itemTransactions;

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
            online.byAccount(account.getId()).ifPresent(player -> afterCommit(() -> {
                player.link().deliver(ChatMessageEvent.system("You have been banned", clock.instant()));
                player.link().close(DisconnectReason.BANNED);
            }));
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

    /**
     * Moves a player to an open tile of a known map: through the tick when online (waiting until it
     * is applied), in the database otherwise.
     */
    public void teleport(String callerToken, String username, String mapId, int x, int y) {
        authorize(callerToken, Role.MODERATOR);
        TileMap map = maps.find(mapId).orElseThrow(() -> new AccountException(AccountException.Reason.INVALID_INPUT,
                "map_id must name a loaded map"));
        if (map.isBlocked(x, y)) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "x, y must be an open tile on the map");
        }
        Account account = find(username);
        var live = online.byAccount(account.getId());
        if (live.isPresent()) {
            OnlinePlayer player = live.get();
            CompletableFuture<Void> done = new CompletableFuture<>();
            if (!world.submit(new WorldCommand.Place(player, new Position(mapId, x, y, player.position().facing()), done))) {
                throw new IllegalStateException("the world's input queue is full");
            }
            try {
                done.get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the tick placed the player", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the tick did not place the player in time", e);
            }
            return;
        }
        PlayerRecord record = players.findByAccount(account.getId()).orElseThrow(
                () -> new AccountException(AccountException.Reason.NOT_FOUND, "account has no player"));
        record.moveTo(mapId, x, y, record.getFacing());
        em.merge(record);
    }

    /**
     * Creates items in a player's inventory (admins only); an online player sees them at once. A
     * stack that would exceed {@link StackLimit#MAX} is a CONFLICT (409), other refusals are
     * INVALID_INPUT.
     */
    public void grantItem(String callerToken, String username, int itemId, int quantity) {
        authorize(callerToken, Role.ADMIN);
        if (quantity < 1) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "quantity must be at least 1");
        }
        Account account = find(username);
        try {
            var live = online.byAccount(account.getId());
            if (live.isPresent()) {
                items.grant(live.get(), itemId, quantity, "staff_grant");
            } else {
                PlayerRecord record = players.findByAccount(account.getId()).orElseThrow(
                        () -> new AccountException(AccountException.Reason.NOT_FOUND, "account has no player"));
                itemTransactions.grant(record.getId(), itemId, quantity, "staff_grant");
            }
        } catch (GameRuleException refused) {
            if (StackLimit.exceeded(refused)) {
                throw new AccountException(AccountException.Reason.CONFLICT, "the player's stack of that item would exceed "
                        + StackLimit.MAX + "; " + refused.getMessage());
            }
            throw new AccountException(AccountException.Reason.INVALID_INPUT, refused.getMessage());
        }
    }

    /** Per item: held anywhere against created minus destroyed by the ledger (admins only). */
    public List<ItemOutcomes.AuditLine> itemAudit(String callerToken) {
        authorize(callerToken, Role.ADMIN);
        return itemTransactions.audit();
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
        return AccountLookup.byUsername(em, String.valueOf(username))
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND, "no such account"));
    }
}
