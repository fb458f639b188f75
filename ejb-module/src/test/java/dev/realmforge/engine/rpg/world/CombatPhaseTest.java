package dev.realmforge.engine.rpg.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.world.PlayerDiedEvent;
import dev.realmforge.engine.rpg.world.PlayerRespawnedEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.session.RecordingPlayerLink;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.engine.rpg.combat.Combat;
import dev.realmforge.engine.rpg.combat.CombatRules;
import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.NpcSpawn;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import dev.realmforge.engine.rpg.npc.NpcDefinition;
import dev.realmforge.engine.rpg.npc.NpcPopulation;
import dev.realmforge.engine.rpg.npc.NpcWander;
import dev.realmforge.persistence.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Regeneration, aggression and a player's death inside one tick's combat phase, without a container. */
class CombatPhaseTest {

    /** Every swing hits for 1. */
    private static final RandomGenerator ALWAYS_ONE = () -> 0L;
    private static final long SECOND = 1_000_000_000L;

    private final Maps maps = new Maps.Builder()
            .add(new TileMap("field", 8, 8, new int[64], new boolean[64], new TilePoint(0, 0), Map.of(), List.of(),
                    List.of(new NpcSpawn("rat", "rat", new TilePoint(1, 1)))))
            .add(new TileMap("home", 4, 4, new int[16], new boolean[16], new TilePoint(2, 2), Map.of(), List.of(),
                    List.of()))
            .build();
    private final NpcPopulation npcs = NpcPopulation.spawn(maps, Map.of("rat", new NpcDefinition("rat", "Rat", 1, 2,
            0, 10, 1, 1, 1, 4, true, List.of())), new NpcWander(maps, new SplittableRandom(1), SECOND, SECOND), 0);
    private final List<String> drops = new ArrayList<>();
    private final CombatPhase phase = new CombatPhase(new Combat(new CombatRules(ALWAYS_ONE), SECOND), npcs, maps,
            key -> Optional.empty(), new CombatPhase.Drops() {
                @Override
                public void loot(Map<Integer, Integer> quantities, Position where, Long ownerId) {
                    drops.add("loot " + where);
                }

                @Override
                public void death(OnlinePlayer player, Position where, Long ownerId) {
                    drops.add("death " + where.mapId() + " " + where.x() + "," + where.y() + " owner " + ownerId);
                }
            }, new CombatPhase.Settings("home", 6 * SECOND, 16, 1), ALWAYS_ONE);

    private static OnlinePlayer player(int x, int y, int hp) {
        return new OnlinePlayer(7, 70, "pat", Role.PLAYER, new RecordingPlayerLink(), new Position("field", x, y, "south"),
                hp, Experience.starting(), Pacing.DEFAULT);
    }

    private static RecordingPlayerLink link(OnlinePlayer player) {
        return (RecordingPlayerLink) player.link();
    }

    @Test
    void aWoundedPlayerOutOfCombatHealsOnePointPerInterval() {
        OnlinePlayer pat = player(6, 6, 5);
        phase.beginTick(List.of(pat));

        phase.simulate(0);
        phase.simulate(6 * SECOND - 1);
        assertThat(pat.currentHp()).isEqualTo(5);
        phase.simulate(6 * SECOND);
        assertThat(pat.currentHp()).isEqualTo(6);
        phase.simulate(12 * SECOND);
        assertThat(pat.currentHp()).isEqualTo(7);
    }

    @Test
    void anAggressiveNpcKillsAPlayerWhoFallsWhereItStoodAndComesBackWhole() {
        OnlinePlayer pat = player(2, 1, 1);
        phase.beginTick(List.of(pat));

        phase.simulate(0);

        List<Object> events = link(pat).delivered.stream().map(Object.class::cast).toList();
        assertThat(events).filteredOn(PlayerDiedEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((PlayerDiedEvent) e).killerName()).isEqualTo("Rat"));
        assertThat(events).filteredOn(PlayerRespawnedEvent.class::isInstance).hasSize(1);
        assertThat(drops).containsExactly("death field 2,1 owner 7");
        assertThat(pat.position().mapId()).isEqualTo("home");
        assertThat(pat.position().x()).isEqualTo(2);
        assertThat(pat.currentHp()).isEqualTo(pat.maxHp());
    }
}
