package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_inventory_use}: eat, bury or wear the item in a slot. */
@ApplicationScoped
class InventoryUseHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        Payloads.InventorySlot payload = request.payloadAs(Payloads.InventorySlot.class, RpgErrorCode.INVENTORY_INVALID_SLOT);
        ItemOutcomes.Used used = items.use(request.connection().player(), Slots.inventory(payload.slot()));
        request.reply(MessageType.RESP_SUCCESS, ItemWire.used(used));
    }
}
