package dev.realmforge.it.support;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian extension of the integration tests: one shared deployment, and so one Payara Micro,
 * per failsafe JVM ({@link SharedDeployment}). Registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }
}
