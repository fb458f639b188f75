package dev.realmforge.web.transport;

import dev.realmforge.engine.save.ShutdownSaves;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Graceful shutdown of every profile, in two parts. A JVM shutdown hook (see
 * {@link ShutdownNotifier}) sends each connection its profile's shutdown message and closes every
 * socket while the network is still up; closing a socket saves its session. When the application
 * itself is stopped (undeploy, or a server that unloads applications before its network),
 * {@code contextDestroyed} does the same through the engine and saves every profile's hot state.
 */
@WebListener
public class ShutdownListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShutdownListener.class.getName());

    @Inject
    ShutdownSaves saves;

    @Inject
    Connections connections;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "realmforge.shutdown.flush-grace-ms", defaultValue = "2000")
    long graceMs;

    static final String MESSAGE = "The server is shutting down";

    private Thread hook;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        hook = new Thread(new ShutdownNotifier(connections.liveView(), MESSAGE, clock, graceMs), "realmforge-shutdown");
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
            saves.shutdownAll(MESSAGE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save every session at shutdown", e);
        }
    }
}
