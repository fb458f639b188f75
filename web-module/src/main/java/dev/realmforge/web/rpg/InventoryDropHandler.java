package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_inventory_drop}: puts a slot's items (or some of a stack) on the ground under the player. */
@ApplicationScoped
class InventoryDropHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        Payloads.InventoryDrop payload = request.payloadAs(Payloads.InventoryDrop.class, RpgErrorCode.INVENTORY_INVALID_SLOT);
        ItemOutcomes.Dropped dropped = items.drop(request.connection().player(), Slots.inventory(payload.slot()),
                payload.quantity());
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Dropped(
                ItemWire.ground(dropped.groundItem(), dropped.groundItem().publicAt().minusNanos(1)),
                ItemWire.slots(dropped.change().inventory(), false)));
    }
}
