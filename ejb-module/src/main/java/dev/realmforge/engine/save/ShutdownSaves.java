package dev.realmforge.engine.save;

import dev.realmforge.engine.event.ServerShutdownEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.Presence;
import dev.realmforge.engine.session.ProfileSession;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The server is stopping: every session of every profile is told (each profile's transport says it
 * in its own protocol) and closed, every profile's hot state is saved, and the registries are
 * emptied so that the closes arriving afterwards have nothing left to save twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShutdownSaves {

    private static final Logger LOG = Logger.getLogger(ShutdownSaves.class.getName());

    @Inject
    Presence presence;

    @Inject
    @Any
    Instance<HotStateStore<?>> stores;

    @Inject
    Clock clock;

    public void shutdownAll(String message) {
        Instant now = clock.instant();
        List<ProfileSession> everyone = presence.everyone();
        for (ProfileSession session : everyone) {
            session.link().deliver(new ServerShutdownEvent(message, now));
            session.link().close(DisconnectReason.SERVER_SHUTDOWN);
        }
        stores.forEach(ShutdownSaves::saveAll);
        presence.clearAll();
        LOG.info(() -> "Shutdown: told and saved " + everyone.size() + " sessions");
    }

    private static <S> void saveAll(HotStateStore<S> store) {
        HotStateSaves.save(store, List.copyOf(store.live()));
    }
}
