package dev.realmforge.engine.rpg.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realmforge.engine.rpg.item.data.ItemCatalogueReader;
import dev.realmforge.engine.rpg.skill.Skill;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue and the checks on a broken one. */
class ItemCatalogueReaderTest {

    private final ItemCatalogueReader reader = new ItemCatalogueReader();

    private Map<Integer, ItemDefinition> read(String json) {
        return reader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledCatalogueCoversEverySlotAndTheKindsTheGameNeeds() {
        Map<Integer, ItemDefinition> items = reader.read("items.json",
                getClass().getClassLoader().getResourceAsStream("items.json"));

        assertThat(items).hasSizeGreaterThanOrEqualTo(30);
        assertThat(items.values().stream().flatMap(i -> i.slot().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EquipmentSlot.values());
        assertThat(items.values().stream().filter(i -> i.attackSpeedTicks() > 0)
                .map(ItemDefinition::attackSpeedTicks).distinct().count()).as("weapon speeds").isGreaterThan(1);
        assertThat(items.values()).anySatisfy(i -> {
            assertThat(i.stackable()).isTrue();
            assertThat(i.slot()).contains(EquipmentSlot.AMMO);
        });
        assertThat(items.values()).anySatisfy(i -> assertThat(i.key()).isEqualTo("coins"));
        assertThat(items.values()).anySatisfy(i -> assertThat(i.heals()).isPositive());
        assertThat(items.values()).anySatisfy(i -> assertThat(i.requirements()).containsKey(Skill.ATTACK));
        assertThat(items.get(5).name()).as("the protocol's example id").isEqualTo("Bronze sword");
        assertThat(items.get(5).stats().attackSlash()).isEqualTo(5);
    }

    @Test
    void valuesAreReadWithDefaultsForWhatIsLeftOut() {
        ItemDefinition helm = read("""
                [{"id": 7, "key": "helm", "name": "Helm", "slot": "head",
                  "stats": {"defense_bonus_slash": 3}, "requirements": {"defense": 10}}]""").get(7);

        assertThat(helm.slot()).contains(EquipmentSlot.HEAD);
        assertThat(helm.stackable()).isFalse();
        assertThat(helm.stats().defenseSlash()).isEqualTo(3);
        assertThat(helm.stats().attackStab()).isZero();
        assertThat(helm.requirements()).containsEntry(Skill.DEFENSE, 10);
        assertThat(helm.heals()).isZero();
    }

    @Test
    void brokenEntriesFailNamingTheFileAndTheEntry() {
        assertFails("[{\"id\": 1, \"key\": \"a\"}]", "entry 0: needs id, key and name");
        assertFails("[{\"id\": 1, \"key\": \"a\", \"name\": \"A\", \"slot\": \"hat\"}]", "unknown slot 'hat'");
        assertFails("[{\"id\": 1, \"key\": \"a\", \"name\": \"A\", \"requirements\": {\"cooking\": 5}}]",
                "unknown skill 'cooking'");
        assertFails("[{\"id\": 1, \"key\": \"a\", \"name\": \"A\", \"slot\": \"weapon\"}]", "attack_speed_ticks");
        assertFails("[{\"id\": 1, \"key\": \"a\", \"name\": \"A\"}, {\"id\": 1, \"key\": \"b\", \"name\": \"B\"}]",
                "used twice");
        assertFails("[{\"id\": 1, \"key\": \"a\", \"name\": \"A\", \"colour\": \"red\"}]", "not valid");
    }

    private void assertFails(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.json").hasMessageContaining(message);
    }

    @Test
    void slotsAreNamedAsTheProtocolNamesThem() {
        assertThat(Arrays.stream(EquipmentSlot.values()).map(EquipmentSlot::key)).containsExactly(
                "head", "cape", "neck", "weapon", "body", "shield", "legs", "hands", "feet", "ring", "ammo");
        assertThat(EquipmentSlot.fromWire("Weapon")).as("case-sensitive").isEqualTo(Optional.empty());
    }
}
