package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import java.util.Map;

/** Checks a slot number that a payload must carry. */
final class Slots {

    private Slots() {
    }

    static int inventory(Integer slot) {
        if (slot == null) {
            throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Slot number missing",
                    Map.of("reason", "missing_slot"));
        }
        return slot;
    }
}
