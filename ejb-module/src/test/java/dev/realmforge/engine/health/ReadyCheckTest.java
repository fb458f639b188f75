package dev.realmforge.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.platform.PendingMigrations;
import dev.realmforge.engine.platform.SchemaMigrator;
import dev.realmforge.engine.tick.TickLoop;
import dev.realmforge.engine.tick.Zone;
import dev.realmforge.engine.tick.ZoneRunner;
import dev.realmforge.engine.tick.ZoneSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The readiness data: the core's pending migrations as before, and one count per profile with tables. */
class ReadyCheckTest {

    private static final Zone<Object> IDLE = new Zone<>() {
        @Override
        public void join(long nowNanos) {
        }

        @Override
        public void input(Object command, long nowNanos, boolean inTick) {
        }

        @Override
        public void simulate(long nowNanos) {
        }

        @Override
        public void publish(long nowNanos) {
        }
    };

    /** Outside the server there is no MicroProfile Health implementation: a plain builder stands in. */
    @BeforeAll
    static void plainResponses() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    private static final class PlainBuilder extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.copyOf(data)));
        }
    }

    private static ReadyCheck check(boolean database, PendingMigrations pending) {
        ZoneRunner<Object> zone = new ZoneRunner<>(new ZoneSettings("testzone", 20, 10, 10), IDLE, 0, 0, d -> { });
        zone.fire(1_000_000_000L);
        ReadyCheck check = new ReadyCheck();
        check.loop = new TickLoop() {
            @Override
            public List<ZoneRunner<?>> zones() {
                return List.of(zone);
            }
        };
        check.schema = new SchemaMigrator() {
            @Override
            public boolean databaseAnswers(int timeoutSeconds) {
                return database;
            }

            @Override
            public PendingMigrations pendingMigrations() {
                return pending;
            }

            @Override
            public List<String> profiles() {
                return List.copyOf(pending.byProfile().keySet());
            }
        };
        return check;
    }

    private static PendingMigrations pending(int core, Map<String, Integer> byProfile) {
        return new PendingMigrations(core, new TreeMap<>(byProfile));
    }

    @Test
    void upWhenNothingIsPendingAnywhere() {
        HealthCheckResponse ready = check(true, pending(0, Map.of("testprofile", 0))).call();

        assertThat(ready.getName()).isEqualTo("realmforge-ready");
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(ready.getData()).get().satisfies(data -> {
            assertThat(data).containsEntry("pending-migrations", 0L);
            assertThat(data).containsEntry("testprofile-pending-migrations", 0L);
            assertThat(data).containsEntry("database", "up");
        });
    }

    @Test
    void downWhenOneProfileHasPendingMigrationsEvenIfTheCoreHasNone() {
        HealthCheckResponse ready = check(true, pending(0, Map.of("testprofile", 2, "laterprofile", 0))).call();

        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(ready.getData()).get().satisfies(data -> {
            assertThat(data).containsEntry("pending-migrations", 0L);
            assertThat(data).containsEntry("testprofile-pending-migrations", 2L);
            assertThat(data).containsEntry("laterprofile-pending-migrations", 0L);
        });
    }

    @Test
    void everyCountIsUnknownWhenTheDatabaseDoesNotAnswer() {
        HealthCheckResponse ready = check(false, pending(0, Map.of("testprofile", 0))).call();

        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(ready.getData()).get().satisfies(data -> {
            assertThat(data).containsEntry("database", "down");
            assertThat(data).containsEntry("pending-migrations", -1L);
            assertThat(data).containsEntry("testprofile-pending-migrations", -1L);
        });
    }
}
