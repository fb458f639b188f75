package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.GroundItemRef;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rpg protocol's words for what the engine reports as data. */
class ItemWireWordsTest {

    @Test
    void eachUseOfAnItemHasTheProtocolsResultAndEffect() {
        assertThat(ItemWire.used(new ItemOutcomes.Used(ItemOutcomes.Use.CONSUMED, 3, 0, null, null)))
                .isEqualTo(new dev.realmforge.web.rpg.wire.Payloads.ItemUsed("consumed", "restored_3_hp"));
        assertThat(ItemWire.used(new ItemOutcomes.Used(ItemOutcomes.Use.BURIED, 0, 15, null, null)))
                .isEqualTo(new dev.realmforge.web.rpg.wire.Payloads.ItemUsed("activated", "buried_for_15_prayer_xp"));
        assertThat(ItemWire.used(new ItemOutcomes.Used(ItemOutcomes.Use.EQUIPPED, 0, 0, EquipmentSlot.WEAPON, null)))
                .isEqualTo(new dev.realmforge.web.rpg.wire.Payloads.ItemUsed("equipped", "equipped_weapon"));
    }

    @Test
    void aGroundItemInErrorDetailsIsSpeltByItsWireIdAndOtherDetailsStay() {
        assertThat(ItemWire.wireDetails(Map.of("ground_item_id", new GroundItemRef(42), "reach", 1)))
                .containsEntry("ground_item_id", "ground_item_42").containsEntry("reach", 1);
        Map<String, Object> plain = Map.of("slot", 3);
        assertThat(ItemWire.wireDetails(plain)).isSameAs(plain);
    }
}
