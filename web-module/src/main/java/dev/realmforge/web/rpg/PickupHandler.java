package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_pickup_item}: takes a visible ground item from the player's tile or an adjacent one. */
@ApplicationScoped
class PickupHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        Payloads.Pickup payload = request.payloadAs(Payloads.Pickup.class, RpgErrorCode.INVENTORY_ITEM_NOT_FOUND);
        ItemOutcomes.PickedUp picked = items.pickup(request.connection().player(),
                ItemWire.parseGroundId(payload.groundItemId()));
        request.reply(MessageType.RESP_SUCCESS, new Payloads.PickedUp(ItemWire.slot(picked.item(), false),
                picked.inventorySlot()));
    }
}
