package dev.realmforge.engine.rpg.staff;

import dev.realmforge.engine.account.AccountException;
import dev.realmforge.engine.account.StaffService;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.item.StackLimit;
import dev.realmforge.engine.rpg.map.MapCatalog;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.engine.rpg.session.PlayerStore;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.world.WorldCommand;
import dev.realmforge.engine.rpg.world.NewPlayers;
import dev.realmforge.engine.rpg.world.WorldTick;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The rpg profile's staff tools: moving a stuck player (moderators) and granting and auditing items
 * (admins). Who may call which is stated on the HTTP resources ({@code @RolesAllowed}) and checked
 * by the platform before these methods run, against the groups the core gives the caller
 * ({@link StaffService#identify}).
 */
@Stateless
public class RpgStaffTools {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    StaffService staff;

    @Inject
    OnlinePlayers online;

    @Inject
    NewPlayers newPlayers;

    @Inject
    PlayerStore players;

    @Inject
    MapCatalog maps;

    @Inject
    WorldTick world;

    @Inject
    ItemService items;

    @Inject
    ItemTransactions itemTransactions;

    /**
     * Moves a player to an open tile of a known map: through the tick when online (waiting until it
     * is applied), in the database otherwise.
     */
    public void teleport(String username, String mapId, int x, int y) {
        TileMap map = maps.find(mapId).orElseThrow(() -> new AccountException(AccountException.Reason.INVALID_INPUT,
                "map_id must name a loaded map"));
        if (map.isBlocked(x, y)) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "x, y must be an open tile on the map");
        }
        Account account = staff.find(username);
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
        PlayerRecord record = newPlayers.findOrCreate(account.getId());
        record.moveTo(mapId, x, y, record.getFacing());
        em.merge(record);
    }

    /**
     * Creates items in a player's inventory (admins only); an online player sees them at once. A
     * stack that would exceed {@link StackLimit#MAX} is a CONFLICT (409), other refusals are
     * INVALID_INPUT.
     */
    public void grantItem(String username, int itemId, int quantity) {
        if (quantity < 1) {
            throw new AccountException(AccountException.Reason.INVALID_INPUT, "quantity must be at least 1");
        }
        Account account = staff.find(username);
        try {
            var live = online.byAccount(account.getId());
            if (live.isPresent()) {
                items.grant(live.get(), itemId, quantity, "staff_grant");
            } else {
                PlayerRecord record = newPlayers.findOrCreate(account.getId());
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
    public List<ItemOutcomes.AuditLine> itemAudit() {
        return itemTransactions.audit();
    }
}
