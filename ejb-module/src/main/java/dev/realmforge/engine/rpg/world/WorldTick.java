package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.map.ChunkSize;
import dev.realmforge.engine.tick.TickLoop;
import dev.realmforge.engine.tick.Zone;
import dev.realmforge.engine.tick.ZoneRunner;
import dev.realmforge.engine.tick.ZoneSettings;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.item.GroundIndex;
import dev.realmforge.engine.rpg.item.GroundItems;
import dev.realmforge.engine.rpg.item.ItemCatalogue;
import dev.realmforge.engine.rpg.inventory.ItemDrops;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.combat.Combat;
import dev.realmforge.engine.rpg.combat.CombatRules;
import dev.realmforge.engine.rpg.combat.Fighter;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.engine.session.SessionRegistry;
import dev.realmforge.engine.rpg.map.MapCatalog;
import dev.realmforge.engine.rpg.npc.NpcDefinition;
import dev.realmforge.engine.rpg.npc.NpcPopulation;
import dev.realmforge.engine.rpg.npc.NpcWander;
import dev.realmforge.engine.rpg.npc.data.NpcDefinitionsReader;
import dev.realmforge.engine.rpg.view.GroundItemViews;
import dev.realmforge.engine.rpg.view.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The rpg world: the owner of its hot state, and the zone {@code rpg} of the core's tick loop
 * ({@link TickLoop}). An input (a move, an attack, a staff teleport) is applied as soon as it is
 * submitted, on the submitting thread while the zone is free, otherwise by the thread inside the
 * zone before it lets go; so a move is answered at once. {@code realmforge.tick.rate} times a
 * second a full tick runs: join (who is online), inputs still queued, simulate (NPCs wander,
 * combat), publish (each player's view, the differences handed to the outbound queues, which send
 * them asynchronously). It never touches the database or waits on a socket; the loop's
 * {@link ZoneRunner} keeps one thread at a time inside the zone and the catch-up rule.
 */
@Singleton
@Startup
@DependsOn({"MapCatalog", "GroundItemSweeper", "ItemCatalogue"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorldTick {

    /** The zone's name: the {@code zone} tag of its tick metrics. */
    public static final String ZONE = "rpg";

    private static final Logger LOG = Logger.getLogger(WorldTick.class.getName());

    @Inject
    TickLoop loop;

    @Inject
    MapCatalog maps;

    @Inject
    OnlinePlayers online;

    @Inject
    MetricRegistry metrics;

    @Inject
    GroundItems groundItems;

    @Inject
    ItemCatalogue items;

    @Inject
    ItemDrops itemDrops;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperties
    TickSettings tick;

    @Inject
    @ConfigProperties
    CombatSettings combatSettings;

    @Inject
    @ConfigProperties
    NpcSettings npcSettings;

    @Inject
    @ConfigProperty(name = ChunkSize.KEY, defaultValue = ChunkSize.DEFAULT)
    int chunkSize;

    @Inject
    @ConfigProperty(name = "realmforge.world.view-radius-chunks", defaultValue = "1")
    int viewRadius;

    @Inject
    @ConfigProperty(name = "realmforge.world.walking-window-ms", defaultValue = "600")
    long walkingWindowMs;

    /** Views are worked out and sent every this many ticks (ADR 0033). */
    @Inject
    @ConfigProperty(name = "realmforge.world.update-every-ticks", defaultValue = "2")
    int updateEveryTicks;

    private long ticksSinceUpdate;

    private ZoneRunner<WorldCommand> runner;
    private MovementRules movement;
    private Views views;
    private GroundItemViews groundViews;
    private GroundIndex groundIndex;
    private NpcPopulation npcs;
    private CombatPhase combat;
    /** The pass over the queue whose between-tick attacks have seen who is online (passes differ in time). */
    private long onlineSeenAt = Long.MIN_VALUE;
    /** Who is online, read without the bean's container proxy (the tick asks several times a tick). */
    private SessionRegistry<OnlinePlayer> everyone;
    /** Who was online when this tick began: the players its phases deal with. */
    private Collection<OnlinePlayer> onlineThisTick = List.of();

    @PostConstruct
    void start() {
        if (tick.rate < 1 || tick.inputQueueCapacity < 1 || tick.maxInputsPerTick < 1) {
            throw new IllegalStateException("realmforge.tick.rate, realmforge.tick.input-queue-capacity and "
                    + "realmforge.tick.max-inputs-per-tick must be at least 1");
        }
        if (updateEveryTicks < 1 || updateEveryTicks > tick.rate) {
            throw new IllegalStateException("realmforge.world.update-every-ticks must be from 1 to realmforge.tick.rate");
        }
        everyone = online.registry();
        movement = new MovementRules(maps.maps());
        views = new Views(chunkSize, viewRadius, walkingWindowMs * 1_000_000);
        groundViews = new GroundItemViews(chunkSize, viewRadius);
        groundIndex = groundItems.index();
        NpcWander wander = new NpcWander(maps.maps(), new SplittableRandom(), npcSettings.wanderMinMs * 1_000_000,
                npcSettings.wanderMaxMs * 1_000_000);
        Map<String, NpcDefinition> definitions = npcDefinitions();
        npcs = NpcPopulation.spawn(maps.maps(), definitions, wander, System.nanoTime());
        LOG.info(() -> "Spawned " + npcs.all().size() + " NPCs");
        combat = combatPhase(definitions);
        metrics.gauge("realmforge.players.online", online, OnlinePlayers::count, new Tag("profile", OnlinePlayers.PROFILE));
        runner = loop.register(new ZoneSettings(ZONE, tick.rate, tick.inputQueueCapacity, tick.maxInputsPerTick), new RpgZone());
    }

    private CombatPhase combatPhase(Map<String, NpcDefinition> definitions) {
        if (combatSettings.tickMs < 1 || combatSettings.regenIntervalMs < 1 || maps.find(combatSettings.respawnMap).isEmpty()) {
            throw new IllegalStateException("realmforge.combat.tick-ms and realmforge.combat.regen-interval-ms must be "
                    + "at least 1 and realmforge.combat.respawn-map must name a loaded map");
        }
        definitions.values().forEach(npc -> npc.drops().forEach(drop -> {
            if (items.findByKey(drop.itemKey()).isEmpty()) {
                throw new IllegalStateException("NPC definitions: '" + npc.type() + "' drops unknown item '"
                        + drop.itemKey() + "'");
            }
        }));
        CombatPhase.Drops drops = new CombatPhase.Drops() {
            @Override
            public void loot(Map<Integer, Integer> quantities, Position where, Long ownerId) {
                itemDrops.loot(quantities, where, ownerId);
            }

            @Override
            public void death(OnlinePlayer player, Position where, Long ownerId) {
                itemDrops.death(player, where, ownerId);
            }
        };
        SplittableRandom random = new SplittableRandom();
        return new CombatPhase(new Combat(new CombatRules(random.split()), combatSettings.tickMs * 1_000_000), npcs,
                maps.maps(), items::findByKey, drops,
                new CombatPhase.Settings(combatSettings.respawnMap, combatSettings.regenIntervalMs * 1_000_000, chunkSize, viewRadius), random);
    }

    private Map<String, NpcDefinition> npcDefinitions() {
        NpcDefinitionsReader reader = new NpcDefinitionsReader();
        if (npcSettings.file.isPresent() && !npcSettings.file.get().isBlank()) {
            try {
                return reader.read(npcSettings.file.get(), Files.newInputStream(Path.of(npcSettings.file.get())));
            } catch (IOException e) {
                throw new IllegalStateException("NPC definitions " + npcSettings.file.get() + ": cannot be read", e);
            }
        }
        return reader.read("npcs.json", WorldTick.class.getClassLoader().getResourceAsStream("npcs.json"));
    }

    /** Applies a command now, or queues it for the thread inside the zone; false when the queue is full. */
    public boolean submit(WorldCommand command) {
        return runner.submit(command);
    }

    /**
     * The same door as {@link #submit}, as a plain object for the connection threads, which submit
     * every move and attack: a call through this bean's container proxy cost about a third of
     * handling an inbound frame (docs/benchmarks.md, issue 11).
     */
    public WorldInputs inputs() {
        ZoneRunner<WorldCommand> zone = runner;
        return zone::submit;
    }

    private void join(long nowNanos) {
        onlineThisTick = everyone.all();
        combat.beginTick(onlineThisTick);
    }

    private void input(WorldCommand command, long nowNanos, boolean inTick) {
        if (command instanceof WorldCommand.Move move) {
            applyMove(move, nowNanos);
        } else if (command instanceof WorldCommand.Place place) {
            place.player().placeAt(place.position());
            combat.moved(place.player());
            place.done().complete(null);
        } else if (command instanceof WorldCommand.Attack attack) {
            // between ticks the combat phase learns who is online once per pass, before its first attack
            if (!inTick && onlineSeenAt != nowNanos) {
                combat.seeOnline(everyone.all());
                onlineSeenAt = nowNanos;
            }
            applyAttack(attack, nowNanos);
        }
    }

    private void simulate(long nowNanos) {
        npcs.simulate(nowNanos);
        combat.simulate(nowNanos);
    }

    private void publish(long nowNanos) {
        if (++ticksSinceUpdate < updateEveryTicks) {
            return; // the next update tells each viewer everything that changed since its last one
        }
        ticksSinceUpdate = 0;
        Instant wallClock = clock.instant();
        views.update(onlineThisTick, npcs.alive(), nowNanos, wallClock); // updates go to the outbound queues
        groundViews.update(onlineThisTick, groundIndex, wallClock);
    }

    private void applyMove(WorldCommand.Move move, long nowNanos) {
        MovementRules.Step step;
        try {
            step = movement.step(move.player().position(), move.direction());
        } catch (GameRuleException refused) {
            move.onRefused().accept(refused);
            return;
        }
        move.player().placeAt(step.to());
        move.player().markMoved(nowNanos);
        combat.moved(move.player()); // moving breaks combat
        move.onMoved().accept(step);
    }

    private void applyAttack(WorldCommand.Attack attack, long nowNanos) {
        Fighter target;
        try {
            target = combat.attack(attack.player(), attack.targetKey(), attack.targetType(), nowNanos);
        } catch (GameRuleException refused) {
            attack.onRefused().accept(refused);
            return;
        }
        attack.onStarted().accept(target);
    }

    public long ticks() {
        return runner.ticks();
    }

    public long overruns() {
        return runner.overruns();
    }

    /**
     * The zone the loop drives: the phases of this world. A plain object rather than the bean
     * itself, so that an EJB view never wraps the tick's calls.
     */
    private final class RpgZone implements Zone<WorldCommand> {

        @Override
        public void join(long nowNanos) {
            WorldTick.this.join(nowNanos);
        }

        @Override
        public void input(WorldCommand command, long nowNanos, boolean inTick) {
            WorldTick.this.input(command, nowNanos, inTick);
        }

        @Override
        public void simulate(long nowNanos) {
            WorldTick.this.simulate(nowNanos);
        }

        @Override
        public void publish(long nowNanos) {
            WorldTick.this.publish(nowNanos);
        }
    }
}
