package dev.realmforge.engine.health;

import dev.realmforge.engine.tick.TickLoop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: down when any zone went longer than {@code realmforge.health.zone-stall-ms}
 * (default 10,000) without a full tick, so an orchestrator can restart a server whose world is stuck.
 * The data gives each zone's milliseconds since its last tick ({@code rpg-ms-since-tick}).
 */
@Liveness
@ApplicationScoped
public class LiveCheck implements HealthCheck {

    @Inject
    TickLoop loop;

    @Inject
    @ConfigProperty(name = "realmforge.health.zone-stall-ms", defaultValue = "10000")
    long stallMillis;

    @Override
    public HealthCheckResponse call() {
        Map<String, Long> since = ZoneStalls.sinceLastTick(loop.zones(), System.nanoTime());
        List<String> stalled = ZoneStalls.stalled(since, stallMillis);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("realmforge-zones").status(stalled.isEmpty());
        since.forEach((zone, millis) -> response.withData(zone + "-ms-since-tick", millis));
        if (!stalled.isEmpty()) {
            response.withData("stalled", String.join(",", stalled));
        }
        return response.build();
    }
}
