package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code query_inventory}: the occupied slots, keyed by slot number. */
@ApplicationScoped
class QueryInventoryHandler implements RpgHandler {

    @Inject
    ItemService items;

    @Override
    public void handle(RpgRequest request) {
        request.reply(MessageType.RESP_SUCCESS, new Payloads.Inventory(
                ItemWire.slots(items.inventory(request.connection().player()), true)));
    }
}
