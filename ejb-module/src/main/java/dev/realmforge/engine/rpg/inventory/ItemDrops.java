package dev.realmforge.engine.rpg.inventory;

import dev.realmforge.engine.rpg.item.GroundItems;
import dev.realmforge.engine.rpg.item.ItemChange;
import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.item.InventoryEvent;
import dev.realmforge.engine.platform.ExclusiveRun;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.map.Position;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Items that fall because something died. The tick decides what falls and queues it here (it never
 * waits on the database); a timer of this bean writes each drop in its own transaction and then
 * shows it on the ground. The queue is bounded: when it is full the drop is refused and logged.
 * The timer is armed by the first drop of a batch and fires once, {@code drain-ms} later: a world
 * where nothing dies fires none (a timer firing costs the container about half a millisecond).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ItemDrops {

    private static final Logger LOG = Logger.getLogger(ItemDrops.class.getName());

    private sealed interface Drop {
    }

    private record Loot(Map<Integer, Integer> quantities, Position where, Long ownerId) implements Drop {
    }

    private record Death(OnlinePlayer player, Position where, Long ownerId) implements Drop {
    }

    @Resource
    TimerService timers;

    @Inject
    ItemTransactions transactions;

    @Inject
    GroundItems ground;

    @Inject
    @ConfigProperty(name = "realmforge.items.drops.queue-capacity", defaultValue = "10000")
    int capacity;

    @Inject
    @ConfigProperty(name = "realmforge.items.drops.drain-ms", defaultValue = "100")
    long drainMs;

    private BlockingQueue<Drop> queue;
    /** True from the drop that armed the drain timer until that timer starts draining. */
    private final AtomicBoolean armed = new AtomicBoolean();
    private final ExclusiveRun drains = new ExclusiveRun(LOG, "Writing item drops failed");

    @PostConstruct
    void start() {
        if (capacity < 1 || drainMs < 10) {
            throw new IllegalStateException("realmforge.items.drops.queue-capacity must be at least 1 and "
                    + "realmforge.items.drops.drain-ms at least 10");
        }
        queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues loot (item id to quantity) for the tile; false when the queue is full. Never blocks. */
    public boolean loot(Map<Integer, Integer> quantities, Position where, Long ownerId) {
        return quantities.isEmpty() || offer(new Loot(Map.copyOf(quantities), where, ownerId));
    }

    /** Queues the inventory of a dead player to fall where it died; false when the queue is full. */
    public boolean death(OnlinePlayer player, Position where, Long ownerId) {
        return offer(new Death(player, where, ownerId));
    }

    private boolean offer(Drop drop) {
        boolean queued = queue.offer(drop);
        if (!queued) {
            LOG.warning(() -> "Item drop queue full; dropped " + drop);
        } else {
            arm();
        }
        return queued;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void drain(Timer timer) {
        armed.set(false); // a drop queued from now on arms the next drain; this one may take it too
        drains.run(() -> {
            Drop drop;
            while ((drop = queue.poll()) != null) {
                write(drop);
            }
        });
        // a drop that arrived while another drain was still writing (this one then did nothing)
        if (!queue.isEmpty()) {
            arm();
        }
    }

    private void arm() {
        if (armed.compareAndSet(false, true)) {
            timers.createSingleActionTimer(drainMs, new TimerConfig("realmforge-item-drops", false));
        }
    }

    private void write(Drop drop) {
        try {
            if (drop instanceof Loot loot) {
                transactions.spawnLoot(loot.quantities(), loot.where(), loot.ownerId()).forEach(ground::put);
            } else if (drop instanceof Death death) {
                ItemChange change = transactions.dropOnDeath(death.player().playerId(), death.where(), death.ownerId());
                change.groundAdded().forEach(ground::put);
                if (!change.inventory().isEmpty()) {
                    death.player().link().deliver(new InventoryEvent(change.inventory()));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write " + drop, e);
        }
    }
}
