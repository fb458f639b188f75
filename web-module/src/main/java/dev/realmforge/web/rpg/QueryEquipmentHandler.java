package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code query_equipment}: all eleven slots, null where nothing is worn. */
@ApplicationScoped
class QueryEquipmentHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Equipment(
                ItemWire.equipment(items.equipment(request.connection().player()))));
    }
}
