package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.world.SessionService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Graceful shutdown in two parts. A JVM shutdown hook (see {@link ShutdownNotifier}) sends
 * {@code event_server_shutdown} and closes every socket while the network is still up; closing a
 * socket saves its player. When the application itself is stopped (undeploy, or a server that
 * unloads applications before its network), {@code contextDestroyed} does the same and saves every
 * player still online.
 */
@WebListener
public class ShutdownListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShutdownListener.class.getName());

    @Inject
    SessionService sessions;

    @Inject
    RpgConnections connections;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.shutdown.flush-grace-ms", defaultValue = "2000")
    long graceMs;

    private Thread hook;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        hook = new Thread(new ShutdownNotifier(connections.liveView(), clock, graceMs), "realmforge-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting and the hook is running or has run
        }
        try {
            sessions.shutdownAll("The server is shutting down");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save every player at shutdown", e);
        }
    }
}
