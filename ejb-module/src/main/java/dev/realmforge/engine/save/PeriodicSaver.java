package dev.realmforge.engine.save;

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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes every profile's hot state ({@link HotStateStore}) back every
 * {@code realmforge.persistence.save-interval-seconds} (default 30), in batches of
 * {@code realmforge.persistence.save-batch-size}, one transaction per batch. Runs on its own timer,
 * never on the tick: after a crash at most one interval of movement is lost.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PeriodicSaver {

    private static final Logger LOG = Logger.getLogger(PeriodicSaver.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @Any
    Instance<HotStateStore<?>> stores;

    @Inject
    @ConfigProperty(name = "realmforge.persistence.save-interval-seconds", defaultValue = "30")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "realmforge.persistence.save-batch-size", defaultValue = "500")
    int batchSize;

    private final ExclusiveRun rounds = new ExclusiveRun(LOG, "Periodic save failed; the next round will try again");

    @PostConstruct
    void start() {
        if (intervalSeconds < 1 || batchSize < 1) {
            throw new IllegalStateException("realmforge.persistence.save-interval-seconds and "
                    + "realmforge.persistence.save-batch-size must be at least 1");
        }
        long periodMs = intervalSeconds * 1000;
        timers.createIntervalTimer(periodMs, periodMs, new TimerConfig("realmforge-periodic-save", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void saveAll(Timer timer) {
        rounds.run(() -> stores.forEach(this::saveInBatches));
    }

    private <S> void saveInBatches(HotStateStore<S> store) {
        List<S> everyone = List.copyOf(store.live());
        for (int from = 0; from < everyone.size(); from += batchSize) {
            HotStateSaves.save(store, everyone.subList(from, Math.min(everyone.size(), from + batchSize)));
        }
    }
}
