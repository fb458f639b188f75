package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_equipment_unequip}: takes off a worn item into the first fitting inventory slot. */
@ApplicationScoped
class UnequipHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        Payloads.Unequip payload = request.payloadAs(Payloads.Unequip.class, RpgErrorCode.EQUIPMENT_SLOT_INVALID);
        ItemOutcomes.Unequipped off = items.unequip(request.connection().player(), payload.equipmentSlot());
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Unequipped(ItemWire.ref(off.item()), off.inventorySlot()));
    }
}
