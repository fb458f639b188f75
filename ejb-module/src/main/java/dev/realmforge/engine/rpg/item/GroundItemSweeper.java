package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.platform.ExclusiveRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the ground items at start-up and, every {@code realmforge.items.ground.sweep-ms}, deletes
 * those whose time is up, on a timer of its own (never the tick). The tick already hides an
 * expired item from view; this makes it gone for good and records it in the ledger. Every item on
 * the ground is in the hot index (whatever puts a row on the ground puts it there too), so a sweep
 * asks the database only when the index holds an item whose time is up.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ItemCatalogue"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GroundItemSweeper {

    private static final Logger LOG = Logger.getLogger(GroundItemSweeper.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ItemTransactions transactions;

    @Inject
    GroundItems ground;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.items.ground.sweep-ms", defaultValue = "1000")
    long sweepMs;

    private final ExclusiveRun sweeps = new ExclusiveRun(LOG, "Ground sweep failed; the next round will try again");

    @PostConstruct
    void start() {
        if (sweepMs < 10) {
            throw new IllegalStateException("realmforge.items.ground.sweep-ms must be at least 10");
        }
        transactions.groundItems().forEach(ground::put);
        LOG.info(() -> ground.count() + " items on the ground");
        timers.createIntervalTimer(sweepMs, sweepMs, new TimerConfig("realmforge-ground-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep(Timer timer) {
        if (ground.index().anyExpired(clock.instant())) {
            sweeps.run(() -> transactions.despawnExpired().forEach(ground::remove));
        }
    }
}
