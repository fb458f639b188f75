package dev.realmforge.engine.rpg.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.engine.rpg.view.GameUpdateEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.session.RecordingPlayerLink;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.persistence.account.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Views against the truth: players walk, turn, change maps, log in and out at random, and after
 * every tick the picture each client builds from nothing but its game updates must equal what it
 * should see. Also: a quiet world sends nothing.
 */
class ViewsTest {

    private static final long WINDOW = 600_000_000L;
    private static final long TICK = 50_000_000L;
    private static final String[] FACINGS = {"north", "south", "east", "west"};

    private final Views views = new Views(16, 1, WINDOW);
    private SplittableRandom random = new SplittableRandom(5);
    private final Map<OnlinePlayer, Map<String, int[]>> clients = new IdentityHashMap<>();
    private long now = 1_000_000_000L;

    /** What a client knows of one entity: x, y, facing index, walking (1) or idle (0). */
    private static int[] known(EntitySnapshot e) {
        return new int[] {e.x(), e.y(), List.of(FACINGS).indexOf(e.facing()), "walking".equals(e.animation()) ? 1 : 0};
    }

    private OnlinePlayer join(long id) {
        OnlinePlayer player = new OnlinePlayer(id, id, "p" + id, Role.PLAYER, new RecordingPlayerLink(),
                new Position(random.nextBoolean() ? "a" : "b", random.nextInt(64), random.nextInt(64), "south"), 10,
                Experience.starting(), Pacing.DEFAULT);
        clients.put(player, new HashMap<>());
        return player;
    }

    private void tick(List<OnlinePlayer> online) {
        now += TICK;
        views.update(online, List.of(), now, Instant.EPOCH);
        for (OnlinePlayer player : online) {
            RecordingPlayerLink link = (RecordingPlayerLink) player.link();
            Map<String, int[]> client = clients.get(player);
            for (Object event : link.delivered) {
                apply(client, (GameUpdateEvent) event);
            }
            link.delivered.clear();
        }
    }

    private static void apply(Map<String, int[]> client, GameUpdateEvent update) {
        for (EntityChange change : update.changed()) {
            EntitySnapshot e = change.entity();
            if (change.full()) {
                assertThat(client).as("full entity sent twice").doesNotContainKey(e.key());
                client.put(e.key(), known(e));
                continue;
            }
            int[] k = client.get(e.key());
            assertThat(k).as("partial update for an entity the client never got in full: " + e.key()).isNotNull();
            assertThat(change.fields()).isNotEmpty();
            int[] fresh = known(e);
            if (change.fields().contains(EntitySnapshot.Field.POSITION)) {
                k[0] = fresh[0];
                k[1] = fresh[1];
            }
            if (change.fields().contains(EntitySnapshot.Field.FACING)) {
                k[2] = fresh[2];
            }
            if (change.fields().contains(EntitySnapshot.Field.ANIMATION)) {
                k[3] = fresh[3];
            }
        }
        for (EntitySnapshot gone : update.removed()) {
            assertThat(client.remove(gone.key())).as("removed an entity the client did not have").isNotNull();
        }
    }

    private Map<String, int[]> truthFor(OnlinePlayer viewer, List<OnlinePlayer> online) {
        Map<String, int[]> truth = new HashMap<>();
        Position at = viewer.position();
        for (OnlinePlayer other : online) {
            Position p = other.position();
            if (other != viewer && p.mapId().equals(at.mapId())
                    && Math.abs(Math.floorDiv(p.x(), 16) - Math.floorDiv(at.x(), 16)) <= 1
                    && Math.abs(Math.floorDiv(p.y(), 16) - Math.floorDiv(at.y(), 16)) <= 1) {
                truth.put(Views.keyOf(other), new int[] {p.x(), p.y(), List.of(FACINGS).indexOf(p.facing()),
                        other.movedWithin(now, WINDOW) ? 1 : 0});
            }
        }
        return truth;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyClientsPictureMatchesTheTruthAfterEveryTick(long seed) {
        random = new SplittableRandom(seed);
        List<OnlinePlayer> online = new ArrayList<>();
        long nextId = 1;
        for (; nextId <= 40; nextId++) {
            online.add(join(nextId));
        }
        for (int t = 0; t < 400; t++) {
            for (OnlinePlayer player : online) {
                int roll = random.nextInt(100);
                Position p = player.position();
                if (roll < 20) {
                    int x = Math.floorMod(p.x() + random.nextInt(-1, 2), 64);
                    int y = Math.floorMod(p.y() + random.nextInt(-1, 2), 64);
                    player.placeAt(new Position(p.mapId(), x, y, FACINGS[random.nextInt(4)]));
                    player.markMoved(now + TICK);
                } else if (roll < 21) {
                    player.placeAt(new Position(p.mapId().equals("a") ? "b" : "a", p.x(), p.y(), p.facing()));
                } else if (roll < 22) {
                    player.placeAt(new Position(p.mapId(), random.nextInt(64), random.nextInt(64), p.facing()));
                }
            }
            if (random.nextInt(10) == 0) {
                OnlinePlayer leaving = online.remove(random.nextInt(online.size()));
                clients.remove(leaving);
            }
            if (random.nextInt(10) == 0) {
                online.add(join(nextId++));
            }
            tick(online);
            for (OnlinePlayer viewer : online) {
                Map<String, int[]> client = clients.get(viewer);
                Map<String, int[]> truth = truthFor(viewer, online);
                assertThat(client.keySet()).as("tick " + t + ", viewer " + viewer.username()).isEqualTo(truth.keySet());
                truth.forEach((key, values) -> assertThat(client.get(key)).as(key).containsExactly(values));
            }
        }
    }

    @Test
    void aQuietWorldSendsNothingAndAReconnectStartsFromScratch() {
        OnlinePlayer one = join(1);
        one.placeAt(new Position("a", 5, 5, "south"));
        OnlinePlayer two = join(2);
        two.placeAt(new Position("a", 6, 5, "south"));
        tick(List.of(one, two));
        assertThat(clients.get(one)).containsOnlyKeys("player_2");

        views.update(List.of(one, two), List.of(), now + TICK, Instant.EPOCH);
        views.update(List.of(one, two), List.of(), now + 2 * TICK, Instant.EPOCH);
        assertThat(((RecordingPlayerLink) one.link()).delivered).isEmpty();
        assertThat(((RecordingPlayerLink) two.link()).delivered).isEmpty();

        OnlinePlayer twoAgain = new OnlinePlayer(2, 2, "p2", Role.PLAYER, new RecordingPlayerLink(),
                two.position(), 10, Experience.starting(), Pacing.DEFAULT);
        views.update(List.of(one, twoAgain), List.of(), now + 3 * TICK, Instant.EPOCH);
        assertThat(((RecordingPlayerLink) twoAgain.link()).delivered).singleElement()
                .satisfies(e -> assertThat(((GameUpdateEvent) e).changed()).singleElement()
                        .satisfies(change -> assertThat(change.full()).isTrue()));
        assertThat(((RecordingPlayerLink) one.link()).delivered).as("same key, same look: nothing to tell").isEmpty();
    }

    @Test
    void anEmptiedWorldKeepsNothingAndTheNextArrivalsAreToldEverythingInFull() {
        OnlinePlayer one = join(1);
        one.placeAt(new Position("a", 5, 5, "south"));
        OnlinePlayer two = join(2);
        two.placeAt(new Position("a", 6, 5, "south"));
        tick(List.of(one, two));
        tick(List.of());
        tick(List.of());

        OnlinePlayer oneAgain = join(1);
        oneAgain.placeAt(one.position());
        OnlinePlayer twoAgain = join(2);
        twoAgain.placeAt(new Position("a", 7, 5, "west"));
        tick(List.of(oneAgain, twoAgain));
        assertThat(clients.get(oneAgain)).containsOnlyKeys("player_2");
        assertThat(clients.get(oneAgain).get("player_2")).containsExactly(7, 5, 3, 0);
        assertThat(clients.get(twoAgain)).containsOnlyKeys("player_1");

        twoAgain.placeAt(new Position("a", 8, 5, "east"));
        twoAgain.markMoved(now + TICK);
        tick(List.of(oneAgain, twoAgain));
        assertThat(clients.get(oneAgain).get("player_2")).containsExactly(8, 5, 2, 1);
    }
}
