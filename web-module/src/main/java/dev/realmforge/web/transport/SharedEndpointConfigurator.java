package dev.realmforge.web.transport;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands every connection of an endpoint the same instance: the endpoint's application-scoped CDI
 * bean. By default the container builds a new endpoint object per connection and has CDI work out
 * its injection target each time, which was a fifth of the CPU of a sign-in (docs/benchmarks.md,
 * issue 11). Realmforge's endpoints keep what belongs to a connection in its session's user
 * properties, never in fields, so one instance serves them all. Everything else (origin check,
 * handshake, subprotocols) stays the container's default.
 */
public final class SharedEndpointConfigurator extends ServerEndpointConfig.Configurator {

    private final Map<Class<?>, Object> endpoints = new ConcurrentHashMap<>();

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(endpoints.computeIfAbsent(endpointClass, type -> CDI.current().select(type).get()));
    }
}
