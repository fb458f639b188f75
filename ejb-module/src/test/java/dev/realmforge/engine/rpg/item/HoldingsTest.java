package dev.realmforge.engine.rpg.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.persistence.rpg.item.ItemPlace;
import dev.realmforge.persistence.rpg.item.ItemStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory and equipment rules without a container or a database. */
class HoldingsTest {

    private static final ItemDefinition SWORD = weapon(5, "bronze_sword");
    private static final ItemDefinition DAGGER = weapon(3, "bronze_dagger");
    private static final ItemDefinition COINS = new ItemDefinition(2, "coins", "Coins", true, Optional.empty(), 0,
            ItemStats.NONE, Map.of(), 0, 0);
    private static final ItemDefinition ARROWS = new ItemDefinition(1, "bronze_arrow", "Bronze arrow", true,
            Optional.of(EquipmentSlot.AMMO), 0, ItemStats.NONE, Map.of(), 0, 0);
    private static final ItemDefinition BREAD = new ItemDefinition(28, "bread", "Bread", false, Optional.empty(), 0,
            ItemStats.NONE, Map.of(), 5, 0);
    private static final Map<Integer, ItemDefinition> CATALOGUE = Map.of(5, SWORD, 3, DAGGER, 2, COINS, 1, ARROWS,
            28, BREAD);

    private static ItemDefinition weapon(int id, String key) {
        return new ItemDefinition(id, key, key, false, Optional.of(EquipmentSlot.WEAPON), 4, ItemStats.NONE,
                Map.of(Skill.ATTACK, 1), 0, 0);
    }

    private final List<ItemStack> rows = new ArrayList<>();

    private Holdings holdings() {
        return new Holdings(7, rows, CATALOGUE::get);
    }

    private ItemStack row(ItemDefinition item, int quantity, ItemPlace place, int slot) {
        ItemStack stack = ItemStack.held(item.id(), quantity, 7, place, slot);
        rows.add(stack);
        return stack;
    }

    @Test
    void stackableItemsJoinTheirStackAndOthersTakeOneSlotEach() {
        row(COINS, 10, ItemPlace.INVENTORY, 4);
        Holdings h = holdings();

        assertThat(h.create(COINS, 15)).containsExactly(4);
        assertThat(h.inventorySlot(4).getQuantity()).isEqualTo(25);
        assertThat(h.create(BREAD, 3)).containsExactly(0, 1, 2);
        assertThat(h.created()).hasSize(3).allSatisfy(s -> assertThat(s.getItemId()).isEqualTo(28));
        assertThat(h.changedInventory()).containsExactly(0, 1, 2, 4);
    }

    @Test
    void creatingMoreThanFitsChangesNothing() {
        for (int slot = 0; slot < 27; slot++) {
            row(BREAD, 1, ItemPlace.INVENTORY, slot);
        }
        Holdings h = holdings();

        assertThatThrownBy(() -> h.create(DAGGER, 2)).isInstanceOfSatisfying(GameRuleException.class,
                e -> assertThat(e.code()).isEqualTo(RpgErrorCode.INVENTORY_FULL));
        assertThat(h.created()).isEmpty();
        assertThat(h.changedInventory()).isEmpty();
        assertThat(h.create(COINS, 5)).as("one free slot still takes a new stack").containsExactly(27);
    }

    @Test
    void equippingSwapsTheOldItemIntoTheInventory() {
        ItemStack sword = row(SWORD, 1, ItemPlace.INVENTORY, 3);
        ItemStack dagger = row(DAGGER, 1, ItemPlace.EQUIPMENT, EquipmentSlot.WEAPON.ordinal());
        Holdings h = holdings();

        ItemStack old = h.equip(3, EquipmentSlot.WEAPON);

        assertThat(old).isSameAs(dagger);
        assertThat(h.equipped(EquipmentSlot.WEAPON)).isSameAs(sword);
        assertThat(sword.getPlace()).isEqualTo(ItemPlace.EQUIPMENT);
        assertThat(h.inventorySlot(0)).as("the first free slot").isSameAs(dagger);
        assertThat(dagger.getPlace()).isEqualTo(ItemPlace.INVENTORY);
        assertThat(h.changedInventory()).containsExactly(0, 3);
        assertThat(h.changedEquipment()).containsExactly(EquipmentSlot.WEAPON);
        assertThat(h.created()).isEmpty();
        assertThat(h.emptied()).isEmpty();
    }

    @Test
    void equippingMoreOfTheWornAmmunitionAddsToIt() {
        row(ARROWS, 20, ItemPlace.INVENTORY, 0);
        ItemStack worn = row(ARROWS, 30, ItemPlace.EQUIPMENT, EquipmentSlot.AMMO.ordinal());
        Holdings h = holdings();

        assertThat(h.equip(0, EquipmentSlot.AMMO)).isNull();

        assertThat(worn.getQuantity()).isEqualTo(50);
        assertThat(h.inventorySlot(0)).isNull();
        assertThat(h.emptied()).singleElement().satisfies(s -> assertThat(s.getQuantity()).isEqualTo(20));
    }

    @Test
    void wrongSlotAndEmptySlotsAreRefusedWithTheirCodes() {
        row(BREAD, 1, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();

        assertCode(() -> h.equip(0, EquipmentSlot.WEAPON), RpgErrorCode.EQUIPMENT_WRONG_SLOT);
        assertCode(() -> h.equip(1, EquipmentSlot.WEAPON), RpgErrorCode.INVENTORY_SLOT_EMPTY);
        assertCode(() -> h.equip(28, EquipmentSlot.WEAPON), RpgErrorCode.INVENTORY_INVALID_SLOT);
        assertCode(() -> h.unequip(EquipmentSlot.HEAD), RpgErrorCode.EQUIPMENT_SLOT_INVALID);
        assertThat(h.changedInventory()).isEmpty();
    }

    @Test
    void unequippingIntoAFullInventoryIsRefused() {
        for (int slot = 0; slot < Holdings.INVENTORY_SLOTS; slot++) {
            row(BREAD, 1, ItemPlace.INVENTORY, slot);
        }
        row(SWORD, 1, ItemPlace.EQUIPMENT, EquipmentSlot.WEAPON.ordinal());
        Holdings h = holdings();

        assertCode(() -> h.unequip(EquipmentSlot.WEAPON), RpgErrorCode.EQUIPMENT_INVENTORY_FULL);
        assertThat(h.equipped(EquipmentSlot.WEAPON)).isNotNull();
    }

    @Test
    void takingPartOfAStackSplitsItAndTakingAllFreesTheSlot() {
        ItemStack coins = row(COINS, 25, ItemPlace.INVENTORY, 2);
        Holdings h = holdings();

        ItemStack part = h.take(2, 10);
        assertThat(part).isNotSameAs(coins);
        assertThat(part.getQuantity()).isEqualTo(10);
        assertThat(coins.getQuantity()).isEqualTo(15);
        assertThat(h.created()).containsExactly(part);

        assertThat(h.take(2, 15)).isSameAs(coins);
        assertThat(h.inventorySlot(2)).isNull();
        assertCode(() -> h.take(2, 1), RpgErrorCode.INVENTORY_SLOT_EMPTY);
    }

    @Test
    void quantitiesOutsideTheStackAreRefused() {
        row(COINS, 5, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();

        assertCode(() -> h.take(0, 6), RpgErrorCode.INVENTORY_INVALID_SLOT);
        assertCode(() -> h.take(0, 0), RpgErrorCode.INVENTORY_INVALID_SLOT);
        assertThat(h.inventorySlot(0).getQuantity()).isEqualTo(5);
    }

    @Test
    void storingAGroundStackMergesOrMovesTheRowItself() {
        row(COINS, 5, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();
        ItemStack groundCoins = ItemStack.onGround(2, 7, "m", 1, 1, null, null, java.time.Instant.MAX);
        ItemStack groundSword = ItemStack.onGround(5, 1, "m", 1, 1, null, null, java.time.Instant.MAX);

        assertThat(h.store(groundCoins, COINS, RpgErrorCode.INVENTORY_FULL)).isZero();
        assertThat(h.inventorySlot(0).getQuantity()).isEqualTo(12);
        assertThat(h.emptied()).containsExactly(groundCoins);

        assertThat(h.store(groundSword, SWORD, RpgErrorCode.INVENTORY_FULL)).isEqualTo(1);
        assertThat(groundSword.getPlace()).isEqualTo(ItemPlace.INVENTORY);
        assertThat(groundSword.getMapId()).isNull();
    }

    @Test
    void anItemMissingFromTheCatalogueIsNotFound() {
        ItemStack unknown = ItemStack.held(999, 1, 7, ItemPlace.INVENTORY, 0);
        rows.add(unknown);
        Holdings h = holdings();

        assertCode(() -> h.requireInventory(0), RpgErrorCode.INVENTORY_ITEM_NOT_FOUND);
        assertThat(h.inventoryView()).isEmpty();
    }

    private static void assertCode(Runnable action, RpgErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GameRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aStackMayHoldExactlyTheLimit() {
        row(COINS, 25, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();

        h.create(COINS, StackLimit.MAX - 25);

        assertThat(h.inventorySlot(0).getQuantity()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void grantingPastTheLimitIsInventoryFullWithReasonStackLimit() {
        row(COINS, 25, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();

        assertThatThrownBy(() -> h.create(COINS, Integer.MAX_VALUE))
                .isInstanceOfSatisfying(GameRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo(RpgErrorCode.INVENTORY_FULL);
                    assertThat(e.details()).containsEntry("reason", "stack_limit").containsEntry("slot", 0)
                            .containsEntry("max_stack", Integer.MAX_VALUE);
                    assertThat(StackLimit.exceeded(e)).isTrue();
                });
        assertThat(h.inventorySlot(0).getQuantity()).isEqualTo(25);
    }

    @Test
    void pickingUpOntoAFullStackIsRefusedAndLeavesBothRows() {
        row(COINS, Integer.MAX_VALUE, ItemPlace.INVENTORY, 3);
        Holdings h = holdings();
        ItemStack ground = ItemStack.held(COINS.id(), 100, 8, ItemPlace.INVENTORY, 0);

        assertThatThrownBy(() -> h.store(ground, COINS, RpgErrorCode.INVENTORY_FULL))
                .isInstanceOfSatisfying(GameRuleException.class, e -> assertThat(StackLimit.exceeded(e)).isTrue());
        assertThat(h.inventorySlot(3).getQuantity()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ground.getQuantity()).isEqualTo(100);
        assertThat(h.emptied()).isEmpty();
    }

    @Test
    void equippingOntoAFullWornStackIsRefused() {
        row(ARROWS, Integer.MAX_VALUE, ItemPlace.EQUIPMENT, EquipmentSlot.AMMO.ordinal());
        row(ARROWS, 1, ItemPlace.INVENTORY, 0);
        Holdings h = holdings();

        assertThatThrownBy(() -> h.equip(0, EquipmentSlot.AMMO))
                .isInstanceOfSatisfying(GameRuleException.class, e -> {
                    assertThat(StackLimit.exceeded(e)).isTrue();
                    assertThat(e.details()).containsEntry("equipment_slot", "ammo");
                });
    }

    @Test
    void rolledLootIsCappedAtTheLimit() {
        assertThat(StackLimit.capped(Integer.MAX_VALUE - 1, 5)).isEqualTo(Integer.MAX_VALUE);
        assertThat(StackLimit.capped(2, 3)).isEqualTo(5);
    }
}
