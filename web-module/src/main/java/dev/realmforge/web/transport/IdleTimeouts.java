package dev.realmforge.web.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gives each WebSocket session of Payara's Tyrus a plain scheduler for its idle timeout.
 *
 * <p>Tyrus restarts a session's idle timeout on every frame received and sent, whatever the
 * timeout, by scheduling a task on the executor its container looked up at deployment: Payara's
 * default managed scheduled executor. Each task it schedules captures the calling thread's context,
 * and the capture asks {@code ServiceLoader} for context providers through the thread's context
 * class loader, which on the container's own threads walks every jar of the runtime. That cost
 * about 0.25 ms of CPU per received frame and was the largest single cost of the transport
 * (docs/benchmarks.md, issue 11). Neither Payara nor Tyrus has a setting for it, so a new session's
 * scheduler is replaced here, once, by {@link ConnectionTimers}'s plain one, which schedules without
 * capturing anything. The idle timeout itself behaves as before: Tyrus's own task, run at the time
 * Tyrus asked for ({@code realmforge.ws.plain-idle-scheduler}; ADR 0032).
 *
 * <p>Each session so adopted counts in {@code realmforge_ws_plain_idle_scheduler_sessions_total}.
 * A session that is not Tyrus's (another server's WebSocket implementation) is left alone, as is
 * every session when the Tyrus class no longer has the field this expects; that is logged once.
 */
@ApplicationScoped
public class IdleTimeouts {

    private static final Logger LOG = Logger.getLogger(IdleTimeouts.class.getName());
    private static final String TYRUS_SESSION = "org.glassfish.tyrus.core.TyrusSession";

    @Inject
    ConnectionTimers timers;

    @Inject
    @ConfigProperty(name = "realmforge.ws.plain-idle-scheduler", defaultValue = "true")
    boolean enabled;

    @Inject
    MetricRegistry metrics;

    private volatile Field schedulerField;
    private volatile boolean unavailable;

    /** Makes this session restart its idle timeout on the plain scheduler; true if it now does. */
    public boolean adopt(Session session) {
        if (!enabled || unavailable || !TYRUS_SESSION.equals(session.getClass().getName())) {
            return false;
        }
        try {
            field(session.getClass()).set(session, timers.scheduler());
            metrics.counter("realmforge.ws.plain.idle.scheduler.sessions").inc();
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            unavailable = true;
            LOG.log(Level.WARNING, "Tyrus sessions keep their managed idle-timeout scheduler: " + e, e);
            return false;
        }
    }

    private Field field(Class<?> tyrusSession) throws NoSuchFieldException {
        Field field = schedulerField;
        if (field == null) {
            field = tyrusSession.getDeclaredField("service");
            if (field.getType() != ScheduledExecutorService.class) {
                throw new NoSuchFieldException(TYRUS_SESSION + ".service is a " + field.getType().getName());
            }
            field.setAccessible(true);
            schedulerField = field;
        }
        return field;
    }
}
