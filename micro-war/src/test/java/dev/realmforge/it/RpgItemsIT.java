package dev.realmforge.it;

import static dev.realmforge.it.support.Replies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Http;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inventory, equipment and ground items through real clients. New players get the starter kit:
 * slot 0 bronze sword (5), 1 wooden shield (18), 2 25 coins (2), 3 and 4 bread (28, not stackable). Ground items
 * stay private for 3 s in this deployment (micro-war pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpgItemsIT {

    private static final int BRONZE_SWORD = 5;
    private static final int STEEL_SWORD = 8;
    private static final int BRONZE_DAGGER = 3;
    private static final int COINS = 2;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    private record Online(Players.Player account, GameClient client, long playerId) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    private Online join(Players.Player account, Wire wire) {
        GameClient client = GameClient.connect(base, wire);
        Received welcome = client.authenticate(account.token());
        return new Online(account, client, welcome.payload().path("player_id").asLong());
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theStarterKitCanBeWornAndTakenOff(Wire wire) {
        try (Online a = join(new Players(base).register("kit"), wire)) {
            JsonNode inventory = a.client().request("query_inventory", Map.of()).payload().path("inventory");
            assertThat(inventory.size()).isEqualTo(5);
            assertThat(inventory.path("0").path("item_id").asInt()).isEqualTo(BRONZE_SWORD);
            assertThat(inventory.path("0").path("name").asText()).isEqualTo("Bronze sword");
            assertThat(inventory.path("0").path("stackable").asBoolean()).isFalse();
            assertThat(inventory.path("2").path("quantity").asInt()).isEqualTo(25);
            assertThat(inventory.path("2").path("stackable").asBoolean()).isTrue();
            assertThat(inventory.path("4").path("name").asText()).isEqualTo("Bread");

            Received equipped = a.client().request("cmd_equipment_equip", Map.of("inventory_slot", 0, "equipment_slot", "weapon"));
            assertThat(equipped.type()).as("%s", equipped.message()).isEqualTo("resp_success");
            assertThat(equipped.payload().path("equipped_item").path("item_id").asInt()).isEqualTo(BRONZE_SWORD);
            assertThat(equipped.payload().path("unequipped_item").isNull()).isTrue();
            assertThat(equipped.payload().path("inventory_changes").path("0").isNull()).isTrue();
            Received event = a.client().awaitType("event_equipment_update");
            assertThat(event.payload().path("equipment").path("weapon").path("item_id").asInt()).isEqualTo(BRONZE_SWORD);

            JsonNode equipment = a.client().request("query_equipment", Map.of()).payload().path("equipment");
            assertThat(equipment.size()).isEqualTo(11);
            assertThat(equipment.path("head").isNull()).isTrue();
            assertThat(equipment.path("weapon").path("stats").path("attack_bonus_slash").asInt()).isEqualTo(5);

            Received off = a.client().request("cmd_equipment_unequip", Map.of("equipment_slot", "weapon"));
            assertThat(off.payload().path("unequipped_item").path("name").asText()).isEqualTo("Bronze sword");
            assertThat(off.payload().path("inventory_slot").asInt()).isEqualTo(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void everyInventoryAndEquipmentErrorHasItsCode(Wire wire) {
        Players players = new Players(base);
        Players.Player account = players.register("item-errors");
        players.grant(account, STEEL_SWORD, 1); // slot 5, needs attack 5
        try (Online a = join(account, wire)) {
            GameClient c = a.client();
            assertError(c.request("cmd_inventory_use", Map.of("slot", 28)), "INVENTORY_INVALID_SLOT");
            assertError(c.request("cmd_inventory_use", Map.of("slot", 20)), "INVENTORY_SLOT_EMPTY");
            assertError(c.request("cmd_inventory_use", Map.of("slot", 2)), "INVENTORY_ITEM_NOT_USABLE");
            assertError(c.request("cmd_equipment_equip", Map.of("inventory_slot", 0, "equipment_slot", "hat")),
                    "EQUIPMENT_SLOT_INVALID");
            assertError(c.request("cmd_equipment_equip", Map.of("inventory_slot", 3, "equipment_slot", "weapon")),
                    "EQUIPMENT_WRONG_SLOT");
            Received tooWeak = c.request("cmd_equipment_equip", Map.of("inventory_slot", 5, "equipment_slot", "weapon"));
            assertError(tooWeak, "EQUIPMENT_REQUIREMENTS_NOT_MET");
            assertThat(tooWeak.payload().path("details").path("required_level").asInt()).isEqualTo(5);
            assertError(c.request("cmd_pickup_item", Map.of("ground_item_id", "ground_item_999999999")),
                    "INVENTORY_ITEM_NOT_FOUND");

            assertThat(c.request("cmd_inventory_use", Map.of("slot", 1)).payload().path("result").asText())
                    .as("using the shield wears it").isEqualTo("equipped");
            String dropped = c.request("cmd_inventory_drop", Map.of("slot", 3)).payload().path("ground_item")
                    .path("ground_item_id").asText(); // a bread; slots 1 and 3 are free now
            players.grant(account, BRONZE_DAGGER, 24); // slots 1, 3 and 6-27: the inventory is full
            assertError(c.request("cmd_pickup_item", Map.of("ground_item_id", dropped)), "INVENTORY_FULL");
            assertError(c.request("cmd_equipment_unequip", Map.of("equipment_slot", "shield")), "EQUIPMENT_INVENTORY_FULL");
            assertError(c.request("cmd_equipment_unequip", Map.of("equipment_slot", "ring")), "EQUIPMENT_SLOT_INVALID");
        }
        new Players(base).assertItemsBalanced();
    }

    @Test
    void aStackHoldsExactlyTheIntegerLimitAndMoreIsRefusedAsARule() {
        Players players = new Players(base);
        Players.Player account = players.register("hoard");
        try (Online a = join(account, Wire.JSON)) {
            GameClient c = a.client();
            players.grant(account, COINS, Integer.MAX_VALUE - 25); // onto the 25 of the kit: exactly the limit
            Received dropped = c.request("cmd_inventory_drop", Map.of("slot", 2, "quantity", 100));
            assertThat(dropped.type()).as("%s", dropped.message()).isEqualTo("resp_success");
            String id = dropped.payload().path("ground_item").path("ground_item_id").asText();
            players.grant(account, COINS, 100);

            Received picked = c.request("cmd_pickup_item", Map.of("ground_item_id", id));
            assertError(picked, "INVENTORY_FULL");
            assertThat(picked.payload().path("details").path("reason").asText()).isEqualTo("stack_limit");
            Http.Reply more = players.http().postAuthorized("/admin/players/" + account.username() + "/items",
                    players.adminToken(), Map.of("item_id", COINS, "quantity", 1));
            assertThat(more.status()).as("%s", more.body()).isEqualTo(409);
            assertThat(more.body().path("error").asText()).isEqualTo("conflict");
            JsonNode coins = c.request("query_inventory", Map.of()).payload().path("inventory").path("2");
            assertThat(coins.path("quantity").asInt()).isEqualTo(Integer.MAX_VALUE);
        }
        players.assertItemsBalanced();
    }

    @Test
    void eatingUsesUpTheBread() {
        try (Online a = join(new Players(base).register("eater"), Wire.JSON)) {
            Received eaten = a.client().request("cmd_inventory_use", Map.of("slot", 3));
            assertThat(eaten.payload().path("result").asText()).isEqualTo("consumed");
            assertThat(eaten.payload().path("effect").asText()).isEqualTo("restored_5_hp");
            Received update = a.client().awaitType("event_inventory_update");
            assertThat(update.payload().path("inventory").has("3")).isTrue();
            assertThat(update.payload().path("inventory").path("3").isNull()).as("the slot is empty now").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aDroppedItemIsItsOwnersFirstThenAnyoneNearbyMayTakeIt(Wire wire) {
        Players players = new Players(base);
        Players.Player owner = players.register("dropper");
        Players.Player other = players.register("watcher");
        Players.Player far = players.register("far");
        players.teleport(owner, "samplemap", 34, 46);
        players.teleport(other, "samplemap", 35, 46);
        players.teleport(far, "samplemap", 37, 46);
        try (Online a = join(owner, wire); Online b = join(other, wire); Online c = join(far, wire)) {
            a.client().request("cmd_equipment_equip", Map.of("inventory_slot", 0, "equipment_slot", "weapon"));
            b.client().await(r -> r.type().equals("event_game_update") && worn(r, "player_" + a.playerId())
                    .equals("bronze_sword"), "the owner's sword in its visual state");

            Received dropped = a.client().request("cmd_inventory_drop", Map.of("slot", 2, "quantity", 10));
            assertThat(dropped.type()).as("%s", dropped.message()).isEqualTo("resp_success");
            String id = dropped.payload().path("ground_item").path("ground_item_id").asText();
            assertThat(dropped.payload().path("inventory_changes").path("2").path("quantity").asInt()).isEqualTo(15);
            Received seen = a.client().await(r -> added(r, id), "the owner sees its drop");
            JsonNode item = addedItem(seen, id); // other tests' items nearby may come in the same update
            assertThat(item.path("owner_id").asLong()).isEqualTo(a.playerId());
            assertThat(item.path("quantity").asInt()).isEqualTo(10);
            assertThat(item.path("x").asInt()).isEqualTo(34);

            assertError(b.client().request("cmd_pickup_item", Map.of("ground_item_id", id)), "INVENTORY_ITEM_NOT_FOUND");
            Received nowPublic = b.client().await(r -> added(r, id), "the item turns public");
            assertThat(addedItem(nowPublic, id).path("owner_id").isNull()).isTrue();
            assertError(c.client().request("cmd_pickup_item", Map.of("ground_item_id", id)), "INVENTORY_ITEM_OUT_OF_REACH");

            Received picked = a.client().request("cmd_pickup_item", Map.of("ground_item_id", id));
            assertThat(picked.payload().path("item").path("quantity").asInt()).isEqualTo(10);
            assertThat(picked.payload().path("inventory_slot").asInt()).as("merged into the coins").isEqualTo(2);
            b.client().await(r -> r.type().equals("event_ground_items_update")
                    && r.payload().path("removed").toString().contains(id), "the item leaves b's view");
            JsonNode coins = a.client().request("query_inventory", Map.of()).payload().path("inventory").path("2");
            assertThat(coins.path("quantity").asInt()).isEqualTo(25);
        }
    }

    @Test
    void twoPlayersRacingForOneItemExactlyOneGetsIt() {
        Players players = new Players(base);
        Players.Player first = players.register("racer-a");
        Players.Player second = players.register("racer-b");
        players.teleport(first, "samplemap", 38, 48);
        players.teleport(second, "samplemap", 39, 48);
        try (Online a = join(first, Wire.MSGPACK); Online b = join(second, Wire.JSON)) {
            String id = a.client().request("cmd_inventory_drop", Map.of("slot", 0)).payload()
                    .path("ground_item").path("ground_item_id").asText();
            b.client().await(r -> added(r, id), "the sword turns public");
            String fromA = a.client().send("cmd_pickup_item", Map.of("ground_item_id", id));
            String fromB = b.client().send("cmd_pickup_item", Map.of("ground_item_id", id));
            List<Received> replies = new ArrayList<>(List.of(a.client().awaitReply(fromA), b.client().awaitReply(fromB)));
            assertThat(replies).filteredOn(r -> r.type().equals("resp_success")).hasSize(1);
            assertThat(replies).filteredOn(r -> r.type().equals("resp_error"))
                    .singleElement().satisfies(r -> assertError(r, "INVENTORY_ITEM_NOT_FOUND"));
        }
        players.assertItemsBalanced();
    }

    private static boolean added(Received r, String id) {
        return r.type().equals("event_ground_items_update") && addedItem(r, id) != null;
    }

    /** The item {@code id} among those the update adds to the view, or null. */
    private static JsonNode addedItem(Received update, String id) {
        for (JsonNode item : update.payload().path("added")) {
            if (item.path("ground_item_id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static String worn(Received update, String entityId) {
        for (JsonNode e : update.payload().path("entities")) {
            if (e.path("id").asText().equals(entityId)) {
                return e.path("visual_state").path("equipment").path("weapon").path("sprite_id").asText("");
            }
        }
        return "";
    }
}
