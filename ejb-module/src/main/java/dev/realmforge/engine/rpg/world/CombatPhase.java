package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.world.PlayerDiedEvent;
import dev.realmforge.engine.rpg.world.PlayerRespawnedEvent;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.StackLimit;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.combat.Combat;
import dev.realmforge.engine.rpg.combat.Fighter;
import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.npc.Npc;
import dev.realmforge.engine.rpg.npc.NpcDefinition;
import dev.realmforge.engine.rpg.npc.NpcPopulation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The combat part of a tick: attacks from players, aggressive NPCs picking a fight, every due
 * strike, experience for damage dealt, deaths (NPC loot and respawn timer; player death, dropped
 * inventory and respawn) and slow hit point regeneration out of combat. Tick thread only.
 */
final class CombatPhase {

    /** Where and how dead players come back, and how fast the living heal. */
    record Settings(String respawnMap, long regenIntervalNanos, int chunkSize, int viewRadius) {
    }

    /** What the tick hands over for deferred item writes: loot and death drops. */
    interface Drops {
        void loot(Map<Integer, Integer> quantities, Position where, Long ownerId);

        void death(OnlinePlayer player, Position where, Long ownerId);
    }

    private final Combat combat;
    private final NpcPopulation npcs;
    private final Maps maps;
    private final Function<String, Optional<ItemDefinition>> itemsByKey;
    private final Drops drops;
    private final Settings settings;
    private final RandomGenerator random;
    private final Map<OnlinePlayer, Long> lastRegen = new IdentityHashMap<>();
    private Map<String, OnlinePlayer> playersByKey = Map.of();

    CombatPhase(Combat combat, NpcPopulation npcs, Maps maps, Function<String, Optional<ItemDefinition>> itemsByKey,
                Drops drops, Settings settings, RandomGenerator random) {
        this.combat = combat;
        this.npcs = npcs;
        this.maps = maps;
        this.itemsByKey = itemsByKey;
        this.drops = drops;
        this.settings = settings;
        this.random = random;
    }

    static String keyOf(OnlinePlayer player) {
        return player.entityKey();
    }

    /** Call first in each tick, so that attacks and strikes see who is online now. */
    void beginTick(Collection<OnlinePlayer> online) {
        seeOnline(online);
        lastRegen.keySet().retainAll(Set.copyOf(online));
    }

    /** Refreshes who can be attacked; for attacks applied between ticks. */
    void seeOnline(Collection<OnlinePlayer> online) {
        Map<String, OnlinePlayer> byKey = new HashMap<>();
        online.forEach(player -> byKey.put(keyOf(player), player));
        playersByKey = byKey;
    }

    /** A player's attack command: starts the fight or refuses with a combat error. */
    Fighter attack(OnlinePlayer player, String targetKey, String targetType, long nowNanos) {
        Fighter attacker = new Fighter.Player(player);
        Fighter target = switch (targetType) {
            case "npc" -> npcs.byKey(targetKey).filter(npc -> !npc.isDead()).<Fighter>map(Fighter.Monster::new)
                    .orElseThrow(() -> notFound(targetKey));
            case "player" -> playerTarget(player, targetKey);
            default -> throw new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET, "Cannot attack that target type",
                    Map.of("target_type", String.valueOf(targetType)));
        };
        combat.engage(attacker, target, nowNanos);
        return target;
    }

    private Fighter playerTarget(OnlinePlayer attacker, String targetKey) {
        OnlinePlayer target = playersByKey.get(targetKey);
        if (target == null || target.currentHp() <= 0) {
            throw notFound(targetKey);
        }
        if (target == attacker) {
            throw new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET, "Cannot attack yourself",
                    Map.of("target_id", targetKey));
        }
        boolean pvp = maps.find(attacker.position().mapId()).map(TileMap::pvp).orElse(false);
        if (!pvp) {
            throw new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET, "Players cannot fight each other on this map",
                    Map.of("target_id", targetKey, "map_id", attacker.position().mapId()));
        }
        return new Fighter.Player(target);
    }

    private static GameRuleException notFound(String targetKey) {
        return new GameRuleException(RpgErrorCode.COMBAT_TARGET_NOT_FOUND, "Target does not exist",
                Map.of("target_id", String.valueOf(targetKey)));
    }

    /** A player moved: its own attack ends (the other side's ends when it is out of reach). */
    void moved(OnlinePlayer player) {
        combat.disengage(keyOf(player));
    }

    /** Aggression, strikes, deaths, NPC combat flags and regeneration. */
    void simulate(long nowNanos) {
        provoke(nowNanos);
        combat.advance(nowNanos, this::fighter, new Combat.Listener() {
            @Override
            public void struck(Fighter attacker, Fighter target, int damage) {
                if (damage > 0 && attacker instanceof Fighter.Player p) {
                    gainExperience(p.player(), damage);
                }
            }

            @Override
            public void died(Fighter victim, Fighter killer) {
                if (victim instanceof Fighter.Monster m) {
                    npcDied(m.npc(), killer, nowNanos);
                } else if (victim instanceof Fighter.Player p) {
                    playerDied(p.player(), killer);
                }
            }
        });
        Set<String> fighting = new HashSet<>(combat.everyoneInvolved());
        for (Npc npc : npcs.all()) {
            npc.setInCombat(!npc.isDead() && fighting.contains(npc.key()));
        }
        regenerate(fighting, nowNanos);
    }

    private Optional<Fighter> fighter(String key) {
        OnlinePlayer player = playersByKey.get(key);
        if (player != null) {
            return Optional.of(new Fighter.Player(player));
        }
        return npcs.byKey(key).filter(npc -> !npc.isDead()).map(Fighter.Monster::new);
    }

    /** An aggressive NPC that is not fighting attacks a living player next to it. */
    private void provoke(long nowNanos) {
        for (Npc npc : npcs.all()) {
            if (npc.isDead() || !npc.definition().aggressive() || combat.targetOf(npc.key()).isPresent()) {
                continue;
            }
            Fighter monster = new Fighter.Monster(npc);
            for (OnlinePlayer player : playersByKey.values()) {
                Fighter victim = new Fighter.Player(player);
                if (victim.alive() && victim.mapId().equals(monster.mapId()) && monster.distanceTo(victim) <= 1) {
                    combat.engage(monster, victim, nowNanos);
                    break;
                }
            }
        }
    }

    /** Four attack experience per point of damage, and a third of that in hitpoints. */
    private void gainExperience(OnlinePlayer player, int damage) {
        player.experience().add(Skill.ATTACK, 4 * damage);
        player.experience().add(Skill.HITPOINTS, Math.round(4 * damage / 3.0f));
        player.link().deliver(new SkillsEvent(player.experience().views()));
    }

    private void npcDied(Npc npc, Fighter killer, long nowNanos) {
        Position where = new Position(npc.mapId(), npc.x(), npc.y(), "south");
        npc.die(nowNanos + npc.definition().respawnSeconds() * 1_000_000_000L);
        Long owner = killer instanceof Fighter.Player p ? p.player().playerId() : null;
        drops.loot(rollDrops(npc.definition()), where, owner);
    }

    private Map<Integer, Integer> rollDrops(NpcDefinition definition) {
        Map<Integer, Integer> loot = new LinkedHashMap<>();
        for (NpcDefinition.Drop drop : definition.drops()) {
            if (random.nextDouble() < drop.chance()) {
                int quantity = drop.min() + (drop.max() > drop.min() ? random.nextInt(drop.max() - drop.min() + 1) : 0);
                itemsByKey.apply(drop.itemKey()).ifPresent(item -> loot.merge(item.id(), quantity, StackLimit::capped));
            }
        }
        return loot;
    }

    private void playerDied(OnlinePlayer victim, Fighter killer) {
        Position at = victim.position();
        String kind = killer instanceof Fighter.Player ? "player" : "npc";
        PlayerDiedEvent died = new PlayerDiedEvent(victim.playerId(), victim.username(), at, killer.key(),
                killer.name(), kind);
        tellAround(at, victim, died);
        Long owner = killer instanceof Fighter.Player p ? p.player().playerId() : victim.playerId();
        drops.death(victim, at, owner);
        TileMap respawn = maps.find(settings.respawnMap()).orElseThrow(
                () -> new IllegalStateException("respawn map " + settings.respawnMap() + " is not loaded"));
        Position back = new Position(respawn.id(), respawn.spawn().x(), respawn.spawn().y(), at.facing());
        victim.placeAt(back);
        victim.restoreHp();
        combat.forget(keyOf(victim));
        tellAround(back, victim, new PlayerRespawnedEvent(victim.playerId(), victim.username(), back,
                victim.currentHp(), victim.maxHp()));
    }

    /** The player itself and everyone who sees the tile. */
    private void tellAround(Position at, OnlinePlayer subject, dev.realmforge.engine.event.GameEvent event) {
        subject.link().deliver(event);
        for (OnlinePlayer other : playersByKey.values()) {
            Position p = other.position();
            if (other != subject && p.withinChunks(at, settings.chunkSize(), settings.viewRadius())) {
                other.link().deliver(event);
            }
        }
    }

    /** One hit point per interval for a wounded player who has not fought for that long. */
    private void regenerate(Set<String> fighting, long nowNanos) {
        for (OnlinePlayer player : playersByKey.values()) {
            if (player.currentHp() >= player.maxHp() || player.currentHp() <= 0 || fighting.contains(keyOf(player))) {
                continue;
            }
            long since = Math.max(combat.lastFought(keyOf(player)), lastRegen.getOrDefault(player, Long.MIN_VALUE));
            if (since == Long.MIN_VALUE) {
                lastRegen.put(player, nowNanos);
            } else if (nowNanos - since >= settings.regenIntervalNanos()) {
                player.heal(1);
                lastRegen.put(player, nowNanos);
            }
        }
    }
}
