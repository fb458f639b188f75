package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.ItemOutcomes.AuditLine;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.persistence.rpg.item.ItemLedgerEntry;
import dev.realmforge.persistence.rpg.item.ItemPlace;
import dev.realmforge.persistence.rpg.item.ItemStack;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every change to items, each method one JTA transaction. A method first locks the row of each
 * player whose items it touches, so changes to one player's items run one after the other, and
 * locks a ground row before taking it, so two players racing for one item cannot both get it.
 * Creations and destructions are written to the ledger in the same transaction.
 */
@Stateless
public class ItemTransactions {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    ItemCatalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.items.starter-kit", defaultValue = "bronze_sword:1,wooden_shield:1,coins:25,bread:2")
    String starterKit;

    @Inject
    @ConfigProperty(name = "realmforge.items.ground.private-seconds", defaultValue = "60")
    long privateSeconds;

    @Inject
    @ConfigProperty(name = "realmforge.items.ground.despawn-seconds", defaultValue = "180")
    long despawnSeconds;

    /**
     * Puts the starter kit ({@code realmforge.items.starter-kit}: comma-separated {@code key:quantity})
     * into the inventory of a player created in the caller's transaction; nobody else can hold its
     * row yet, so no lock is taken.
     */
    public void starterKit(long playerId) {
        Holdings holdings = new Holdings(playerId, List.of(), id -> catalogue.find(id).orElse(null));
        for (String entry : starterKit.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] keyAndQuantity = entry.trim().split(":");
            ItemDefinition item = catalogue.byKey(keyAndQuantity[0].trim());
            int quantity = keyAndQuantity.length > 1 ? Integer.parseInt(keyAndQuantity[1].trim()) : 1;
            holdings.create(item, quantity);
            ledger(item.id(), quantity, "starter_kit", playerId);
        }
        holdings.created().forEach(em::persist);
    }

    /** Creates items in a player's inventory (staff grant, loot into the bag). */
    public ItemChange grant(long playerId, int itemId, int quantity, String reason) {
        ItemDefinition item = catalogue.find(itemId).orElseThrow(() -> new GameRuleException(
                RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "Item does not exist", Map.of("item_id", itemId)));
        Holdings holdings = lock(playerId);
        holdings.create(item, quantity);
        ledger(itemId, quantity, reason, playerId);
        return commit(holdings, List.of(), List.of());
    }

    public ItemOutcomes.Used use(long playerId, int slot, Map<Skill, Integer> levels) {
        Holdings holdings = lock(playerId);
        ItemStack stack = holdings.requireInventory(slot);
        ItemDefinition item = holdings.definition(stack);
        if (item.heals() > 0) {
            holdings.consume(slot, 1);
            ledger(item.id(), -1, "eaten", playerId);
            return new ItemOutcomes.Used(ItemOutcomes.Use.CONSUMED, item.heals(), 0, null,
                    commit(holdings, List.of(), List.of()));
        }
        if (item.buryXp() > 0) {
            holdings.consume(slot, 1);
            ledger(item.id(), -1, "buried", playerId);
            return new ItemOutcomes.Used(ItemOutcomes.Use.BURIED, 0, item.buryXp(), null,
                    commit(holdings, List.of(), List.of()));
        }
        if (item.wearable()) {
            EquipmentSlot target = item.slot().orElseThrow();
            checkRequirements(levels, item);
            holdings.equip(slot, target);
            return new ItemOutcomes.Used(ItemOutcomes.Use.EQUIPPED, 0, 0, target,
                    commit(holdings, List.of(), List.of()));
        }
        throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_USABLE, item.name() + " has no use",
                Map.of("slot", slot, "item_id", item.id()));
    }

    /** Drops {@code quantity} (all of the stack when null) on the player's tile, owned by the player for a while. */
    public ItemOutcomes.Dropped drop(long playerId, int slot, Integer quantity, Position where) {
        Holdings holdings = lock(playerId);
        ItemStack stack = holdings.requireInventory(slot);
        ItemStack dropped = holdings.take(slot, quantity == null ? stack.getQuantity() : quantity);
        Instant now = clock.instant();
        dropped.moveToGround(where.mapId(), where.x(), where.y(), playerId, now.plusSeconds(privateSeconds),
                now.plusSeconds(despawnSeconds));
        ItemChange change = commit(holdings, List.of(dropped), List.of());
        GroundItem ground = change.groundAdded().get(0);
        return new ItemOutcomes.Dropped(ground, change);
    }

    public ItemOutcomes.Equipped equip(long playerId, int inventorySlot, EquipmentSlot target,
                                      Map<Skill, Integer> levels) {
        Holdings holdings = lock(playerId);
        ItemDefinition item = holdings.definition(holdings.requireInventory(inventorySlot));
        if (item.slot().filter(s -> s == target).isPresent()) {
            checkRequirements(levels, item);
        }
        ItemStack old = holdings.equip(inventorySlot, target);
        ItemDefinition oldItem = old == null ? null : holdings.definition(old);
        return new ItemOutcomes.Equipped(item, oldItem, commit(holdings, List.of(), List.of()));
    }

    public ItemOutcomes.Unequipped unequip(long playerId, EquipmentSlot slot) {
        Holdings holdings = lock(playerId);
        Holdings.Unequipped off = holdings.unequip(slot);
        return new ItemOutcomes.Unequipped(holdings.definition(off.stack()), off.inventorySlot(),
                commit(holdings, List.of(), List.of()));
    }

    /** Takes a ground item visible to the player from its tile or an adjacent one. */
    public ItemOutcomes.PickedUp pickup(long playerId, long groundItemId, Position where, int reach) {
        Holdings holdings = lock(playerId);
        ItemStack row = em.find(ItemStack.class, groundItemId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (row == null || row.getPlace() != ItemPlace.GROUND || !now.isBefore(row.getDespawnAt())
                || (row.getOwnerId() != null && row.getOwnerId() != playerId && now.isBefore(row.getPublicAt()))) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "No such item on the ground",
                    Map.of("ground_item_id", new GroundItemRef(groundItemId)));
        }
        if (!row.getMapId().equals(where.mapId()) || Math.abs(row.getTileX() - where.x()) > reach
                || Math.abs(row.getTileY() - where.y()) > reach) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_OUT_OF_REACH, "Stand on the item or next to it",
                    Map.of("ground_item_id", new GroundItemRef(groundItemId), "reach", reach));
        }
        ItemDefinition item = holdings.definition(row);
        int quantity = row.getQuantity();
        int slot = holdings.store(row, item, RpgErrorCode.INVENTORY_FULL);
        ItemChange change = commit(holdings, List.of(), List.of(groundItemId));
        return new ItemOutcomes.PickedUp(SlotItem.of(item, quantity), slot, change);
    }

    /** Creates loot on a tile, owned for a while by {@code ownerId} (the killer), and records it. */
    public List<GroundItem> spawnLoot(Map<Integer, Integer> quantities, Position where, Long ownerId) {
        Instant now = clock.instant();
        List<ItemStack> rows = new ArrayList<>();
        quantities.forEach((itemId, quantity) -> {
            ItemDefinition item = catalogue.find(itemId).orElseThrow(
                    () -> new IllegalArgumentException("loot of unknown item " + itemId));
            int stacks = item.stackable() ? 1 : quantity;
            for (int i = 0; i < stacks; i++) {
                ItemStack row = ItemStack.onGround(itemId, item.stackable() ? quantity : 1, where.mapId(), where.x(),
                        where.y(), ownerId, now.plusSeconds(privateSeconds), now.plusSeconds(despawnSeconds));
                em.persist(row);
                rows.add(row);
            }
            ledger(itemId, quantity, "loot", ownerId);
        });
        em.flush();
        return rows.stream().map(this::ground).toList();
    }

    /**
     * A dead player's inventory falls on the tile where it died (equipment is kept), owned for a
     * while by {@code ownerId}: the player itself, or its killer in player-versus-player.
     */
    public ItemChange dropOnDeath(long playerId, Position where, Long ownerId) {
        Holdings holdings = lock(playerId);
        Instant now = clock.instant();
        List<ItemStack> dropped = new ArrayList<>();
        for (int slot = 0; slot < Holdings.INVENTORY_SLOTS; slot++) {
            ItemStack stack = holdings.inventorySlot(slot);
            if (stack != null) {
                ItemStack row = holdings.take(slot, stack.getQuantity());
                row.moveToGround(where.mapId(), where.x(), where.y(), ownerId, now.plusSeconds(privateSeconds),
                        now.plusSeconds(despawnSeconds));
                dropped.add(row);
            }
        }
        return commit(holdings, dropped, List.of());
    }

    /**
     * Removes ground items whose time is up; returns their ids. Reads only expired rows, locked; a
     * row taken meanwhile by a pickup fails this transaction on its version, and the next sweep
     * tries again.
     */
    public List<Long> despawnExpired() {
        Instant now = clock.instant();
        List<Long> removed = new ArrayList<>();
        for (ItemStack row : em.createNamedQuery(ItemStack.FIND_EXPIRED, ItemStack.class)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (row.getPlace() != ItemPlace.GROUND || now.isBefore(row.getDespawnAt())) {
                continue;
            }
            ledger(row.getItemId(), -row.getQuantity(), "despawned", null);
            removed.add(row.getId());
            em.remove(row);
        }
        return removed;
    }

    public List<GroundItem> groundItems() {
        return em.createNamedQuery(ItemStack.FIND_ON_GROUND, ItemStack.class).getResultStream()
                .map(this::ground).toList();
    }

    public Map<EquipmentSlot, ItemDefinition> worn(long playerId) {
        Map<EquipmentSlot, ItemDefinition> worn = new EnumMap<>(EquipmentSlot.class);
        heldRows(playerId).stream().filter(s -> s.getPlace() == ItemPlace.EQUIPMENT).forEach(s ->
                catalogue.find(s.getItemId()).ifPresent(item -> worn.put(EquipmentSlot.ofOrdinal(s.getSlot()), item)));
        return worn;
    }

    /** Everything a player holds: inventory slot to item, and equipment. */
    public Holdings holdings(long playerId) {
        return new Holdings(playerId, heldRows(playerId), id -> catalogue.find(id).orElse(null));
    }

    public List<AuditLine> audit() {
        Map<Integer, long[]> lines = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(ItemStack.TOTALS_BY_ITEM, Object[].class).getResultList()) {
            lines.computeIfAbsent(((Number) row[0]).intValue(), k -> new long[3])[0] = ((Number) row[1]).longValue();
        }
        for (Object[] row : em.createNamedQuery(ItemLedgerEntry.BALANCE_BY_ITEM, Object[].class).getResultList()) {
            long[] line = lines.computeIfAbsent(((Number) row[0]).intValue(), k -> new long[3]);
            line[1] = ((Number) row[1]).longValue();
            line[2] = ((Number) row[2]).longValue();
        }
        List<AuditLine> audit = new ArrayList<>();
        lines.forEach((id, l) -> audit.add(new AuditLine(id, l[0], l[1], l[2])));
        return audit;
    }

    private Holdings lock(long playerId) {
        if (em.find(PlayerRecord.class, playerId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("no player " + playerId);
        }
        return holdings(playerId);
    }

    private List<ItemStack> heldRows(long playerId) {
        return em.createNamedQuery(ItemStack.FIND_HELD, ItemStack.class).setParameter("playerId", playerId)
                .getResultList();
    }

    /** {@code levels}: the player's current level in each skill (the hot copy, not the saved one). */
    private static void checkRequirements(Map<Skill, Integer> levels, ItemDefinition item) {
        item.requirements().forEach((skill, required) -> {
            int level = levels.getOrDefault(skill, skill.startingLevel());
            if (level < required) {
                throw new GameRuleException(RpgErrorCode.EQUIPMENT_REQUIREMENTS_NOT_MET,
                        item.name() + " needs " + skill.key() + " level " + required,
                        Map.of("skill", skill.key(), "required_level", required, "current_level", level));
            }
        });
    }

    /** Writes the holdings' new and emptied rows and builds the change, with rows put on the ground. */
    private ItemChange commit(Holdings holdings, List<ItemStack> toGround, List<Long> groundRemoved) {
        for (ItemStack row : holdings.created()) {
            if (!toGround.contains(row)) {
                em.persist(row);
            }
        }
        for (ItemStack row : toGround) {
            if (row.getId() == null) {
                em.persist(row);
            }
        }
        for (ItemStack row : holdings.emptied()) {
            if (row.getId() != null) {
                em.remove(em.contains(row) ? row : em.merge(row));
            }
        }
        em.flush();
        Map<Integer, SlotItem> inventory = new LinkedHashMap<>();
        for (int slot : holdings.changedInventory()) {
            ItemStack stack = holdings.inventorySlot(slot);
            inventory.put(slot, stack == null ? null : SlotItem.of(holdings.definition(stack), stack.getQuantity()));
        }
        Map<EquipmentSlot, ItemDefinition> equipment = new EnumMap<>(EquipmentSlot.class);
        for (EquipmentSlot slot : holdings.changedEquipment()) {
            ItemStack stack = holdings.equipped(slot);
            equipment.put(slot, stack == null ? null : holdings.definition(stack));
        }
        Map<EquipmentSlot, ItemDefinition> worn = new EnumMap<>(EquipmentSlot.class);
        holdings.equipment().forEach((slot, stack) -> worn.put(slot, holdings.definition(stack)));
        return new ItemChange(inventory, equipment, worn, toGround.stream().map(this::ground).toList(), groundRemoved);
    }

    private GroundItem ground(ItemStack row) {
        String name = catalogue.find(row.getItemId()).map(ItemDefinition::name).orElse("Unknown item");
        return GroundItems.of(row, name);
    }

    private void ledger(int itemId, long delta, String reason, Long playerId) {
        em.persist(new ItemLedgerEntry(itemId, delta, reason, playerId, clock.instant()));
    }
}
