package dev.realmforge.web.rpg;

import dev.realmforge.engine.session.SessionService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Graceful shutdown: before the web application stops, every player is sent
 * {@code event_server_shutdown} and saved, and queued frames get a short grace period to flush.
 */
@WebListener
public class ShutdownListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShutdownListener.class.getName());

    @Inject
    SessionService sessions;

    @Inject
    RpgConnections connections;

    @Inject
    @ConfigProperty(name = "realmforge.shutdown.flush-grace-ms", defaultValue = "2000")
    long graceMs;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        sessions.shutdownAll("The server is shutting down");
        long deadline = System.nanoTime() + graceMs * 1_000_000;
        while (connections.queuedFrames() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Realmforge stopped accepting players");
    }
}
