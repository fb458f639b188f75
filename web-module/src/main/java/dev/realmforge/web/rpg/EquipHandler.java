package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code cmd_equipment_equip}: wears an inventory item; what was worn there goes back to the inventory. */
@ApplicationScoped
class EquipHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        Payloads.Equip payload = request.payloadAs(Payloads.Equip.class, RpgErrorCode.EQUIPMENT_SLOT_INVALID);
        ItemOutcomes.Equipped equipped = items.equip(request.connection().player(),
                Slots.inventory(payload.inventorySlot()), payload.equipmentSlot());
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Equipped(ItemWire.ref(equipped.equipped()),
                ItemWire.ref(equipped.unequipped()), ItemWire.slots(equipped.change().inventory(), false)));
    }
}
