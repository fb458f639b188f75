package dev.realmforge.engine.rpg.inventory;

import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.GroundItems;
import dev.realmforge.engine.rpg.item.ItemChange;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.item.SlotItem;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.EquipmentEvent;
import dev.realmforge.engine.rpg.item.InventoryEvent;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.skill.Skill;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The item commands of an online player. Each runs its transaction in {@link ItemTransactions};
 * only after it has committed are the hot copies updated (what the player wears, the ground items
 * the tick shows, hit points) and the player told which slots changed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each call below is its own transaction
public class ItemService {

    @Inject
    ItemTransactions transactions;

    @Inject
    GroundItems ground;

    @Inject
    @ConfigProperty(name = "realmforge.items.pickup-reach", defaultValue = "1")
    int pickupReach;

    /** The player's occupied inventory slots, as stored. */
    public Map<Integer, SlotItem> inventory(OnlinePlayer player) {
        return transactions.holdings(player.playerId()).inventoryView();
    }

    /** What the player wears, as stored. */
    public Map<EquipmentSlot, ItemDefinition> equipment(OnlinePlayer player) {
        return transactions.holdings(player.playerId()).wornView();
    }

    public ItemOutcomes.Used use(OnlinePlayer player, int slot) {
        ItemOutcomes.Used used = transactions.use(player.playerId(), slot, levels(player));
        if (used.healed() > 0) {
            player.heal(used.healed());
        }
        if (used.prayerXp() > 0) {
            player.experience().add(Skill.PRAYER, used.prayerXp());
            player.link().deliver(new SkillsEvent(player.experience().views()));
        }
        publish(player, used.change());
        return used;
    }

    public ItemOutcomes.Dropped drop(OnlinePlayer player, int slot, Integer quantity) {
        ItemOutcomes.Dropped dropped = transactions.drop(player.playerId(), slot, quantity, player.position());
        publish(player, dropped.change());
        return dropped;
    }

    public ItemOutcomes.Equipped equip(OnlinePlayer player, int inventorySlot, String equipmentSlot) {
        ItemOutcomes.Equipped equipped = transactions.equip(player.playerId(), inventorySlot, slot(equipmentSlot),
                levels(player));
        publish(player, equipped.change());
        return equipped;
    }

    public ItemOutcomes.Unequipped unequip(OnlinePlayer player, String equipmentSlot) {
        ItemOutcomes.Unequipped off = transactions.unequip(player.playerId(), slot(equipmentSlot));
        publish(player, off.change());
        return off;
    }

    public ItemOutcomes.PickedUp pickup(OnlinePlayer player, long groundItemId) {
        ItemOutcomes.PickedUp picked = transactions.pickup(player.playerId(), groundItemId, player.position(),
                pickupReach);
        publish(player, picked.change());
        return picked;
    }

    /** Creates items in an online player's inventory and tells the player. */
    public ItemChange grant(OnlinePlayer player, int itemId, int quantity, String reason) {
        ItemChange change = transactions.grant(player.playerId(), itemId, quantity, reason);
        publish(player, change);
        return change;
    }

    private static Map<Skill, Integer> levels(OnlinePlayer player) {
        Map<Skill, Integer> levels = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            levels.put(skill, player.experience().level(skill));
        }
        return levels;
    }

    private static EquipmentSlot slot(String name) {
        return EquipmentSlot.fromWire(name).orElseThrow(() -> new GameRuleException(RpgErrorCode.EQUIPMENT_SLOT_INVALID,
                "Unknown equipment slot", Map.of("equipment_slot", String.valueOf(name))));
    }

    private void publish(OnlinePlayer player, ItemChange change) {
        change.groundRemoved().forEach(ground::remove);
        change.groundAdded().forEach(ground::put);
        if (!change.equipment().isEmpty()) {
            player.wear(change.worn());
            player.link().deliver(new EquipmentEvent(change.equipment()));
        }
        if (!change.inventory().isEmpty()) {
            player.link().deliver(new InventoryEvent(change.inventory()));
        }
    }
}
