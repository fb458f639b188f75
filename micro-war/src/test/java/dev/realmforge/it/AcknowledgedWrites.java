package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Http;
import dev.realmforge.it.support.MicroProcess;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.SoftAssertions;

/**
 * Eight clients that write as fast as they are answered, and what each of their players' coins must
 * be after the server died under them (see {@link ServerRestartsIT}). Every answered write (a staff
 * grant with 204, a drop or pickup with resp_success) must be there after a restart, and nothing
 * twice: each player's coins are exactly what its acknowledged writes left, or that plus the one
 * write that was in flight when the server died, and the item ledger balances.
 * <p>
 * Four players are offline and only receive staff grants of one coin (the grant runs in the staff
 * call's transaction). Four are online and, in turn, receive a grant (through the online player's
 * item service), drop one coin on their tile and pick it up again. Coins are stackable, so every
 * change lands in, or comes from, one inventory stack.
 */
final class AcknowledgedWrites {

    private static final int COINS = 2;
    private static final int STARTER_COINS = 25;
    private static final int GRANTERS = 4;
    private static final int PICKERS = 4;
    private static final Duration REPLY = Duration.ofSeconds(5);

    /**
     * What one player's coins must be after the restart. {@code acknowledged} is the count after
     * the last answered write; {@code inFlight} is the count if the write sent but not answered
     * when the server died took effect too (equal to {@code acknowledged} when none was).
     */
    private static final class Ledger {
        final Players.Player player;
        volatile int acknowledged = STARTER_COINS;
        volatile int inFlight = STARTER_COINS;
        volatile int grants;
        volatile int pickups;
        volatile String stoppedBy = "still running";

        Ledger(Players.Player player) {
            this.player = player;
        }

        void sending(int delta) {
            inFlight = acknowledged + delta;
        }

        void answered() {
            acknowledged = inFlight;
        }

        void refused() {
            inFlight = acknowledged;
        }

        @Override
        public String toString() {
            return player.username() + " acknowledged " + acknowledged + ", in flight " + inFlight + ", " + grants
                    + " grants and " + pickups + " pickups answered, stopped by " + stoppedBy;
        }
    }

    private final List<Ledger> granters = new ArrayList<>();
    private final List<Ledger> pickers = new ArrayList<>();

    /**
     * Registers the players, lets the clients write for {@code play}, then kills the server with
     * SIGKILL while they are still writing, and waits for every client to notice.
     */
    void writeUntilCrash(MicroProcess server, Duration play) throws Exception {
        URL base = server.url();
        Players players = new Players(base);
        String admin = players.adminToken();
        for (int i = 0; i < GRANTERS; i++) {
            granters.add(new Ledger(players.register("crash-grant")));
        }
        for (int i = 0; i < PICKERS; i++) {
            pickers.add(new Ledger(players.register("crash-pick")));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch ready = new CountDownLatch(GRANTERS + PICKERS);
        ExecutorService pool = Executors.newFixedThreadPool(GRANTERS + PICKERS);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (Ledger ledger : granters) {
                clients.add(pool.submit(() -> grantLoop(new Http(base), admin, ledger, ready, running)));
            }
            for (Ledger ledger : pickers) {
                clients.add(pool.submit(() -> pickupLoop(base, new Http(base), admin, ledger, ready, running)));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("every client started").isTrue();
            Thread.sleep(play.toMillis());
            server.crash(); // the clients are still writing
            running.set(false);
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int grants = granters.stream().mapToInt(l -> l.grants).sum() + pickers.stream().mapToInt(l -> l.grants).sum();
        int pickups = pickers.stream().mapToInt(l -> l.pickups).sum();
        assertThat(grants).as("grants answered 204 before the crash: %s %s", granters, pickers).isGreaterThan(20);
        assertThat(pickups).as("pickups answered before the crash: %s", pickers).isGreaterThan(10);
        System.out.printf("ServerRestartsIT: killed after %d grants and %d pickups were answered%n", grants, pickups);
    }

    /** Checks every player's coins on the restarted server, and that the item ledger balances. */
    void assertSurvived(URL restarted) {
        SoftAssertions softly = new SoftAssertions();
        List<Ledger> everyone = new ArrayList<>(granters);
        everyone.addAll(pickers);
        for (Ledger ledger : everyone) {
            try (GameClient client = GameClient.connect(restarted, Wire.JSON)) {
                client.authenticate(ledger.player.token());
                int coins = coins(client.request("query_inventory", Map.of()).payload());
                softly.assertThat(coins).as("coins of %s", ledger).isIn(ledger.acknowledged, ledger.inFlight);
            }
        }
        softly.assertAll();
        new Players(restarted).assertItemsBalanced();
    }

    /** Grants one coin at a time to an offline player until the server stops answering. */
    private static void grantLoop(Http http, String admin, Ledger ledger, CountDownLatch ready, AtomicBoolean running) {
        ready.countDown();
        try {
            while (running.get()) {
                if (!grant(http, admin, ledger)) {
                    return;
                }
            }
            ledger.stoppedBy = "the end of the test";
        } catch (RuntimeException | AssertionError e) {
            ledger.stoppedBy = String.valueOf(e);
        }
    }

    /** Grant, drop one coin, pick it up; again, until the server stops answering. */
    private static void pickupLoop(URL base, Http http, String admin, Ledger ledger, CountDownLatch ready,
                                   AtomicBoolean running) {
        boolean counted = false;
        try (GameClient client = GameClient.connect(base, Wire.JSON)) {
            client.authenticate(ledger.player.token());
            ready.countDown();
            counted = true;
            while (running.get()) {
                if (!grant(http, admin, ledger)) {
                    return;
                }
                client.discardReceived();
                ledger.sending(-1);
                Received dropped = reply(client, client.send("cmd_inventory_drop", Map.of("slot", 2, "quantity", 1)));
                if (!dropped.type().equals("resp_success")) {
                    ledger.refused();
                    ledger.stoppedBy = "drop refused: " + dropped.message();
                    return;
                }
                ledger.answered();
                String groundId = dropped.payload().path("ground_item").path("ground_item_id").asText();
                ledger.sending(+1);
                Received picked = reply(client, client.send("cmd_pickup_item", Map.of("ground_item_id", groundId)));
                if (!picked.type().equals("resp_success")) {
                    ledger.refused();
                    ledger.stoppedBy = "pickup refused: " + picked.message();
                    return;
                }
                ledger.answered();
                ledger.pickups++;
            }
            ledger.stoppedBy = "the end of the test";
        } catch (RuntimeException | AssertionError e) {
            ledger.stoppedBy = String.valueOf(e);
        } finally {
            if (!counted) {
                ready.countDown(); // failed before it was ready; the test fails on too few writes
            }
        }
    }

    /** One staff grant of one coin; false once the server no longer answers 204. */
    private static boolean grant(Http http, String admin, Ledger ledger) {
        ledger.sending(+1);
        Http.Reply reply = http.postAuthorized("/admin/players/" + ledger.player.username() + "/items", admin,
                Map.of("item_id", COINS, "quantity", 1));
        if (reply.status() != 204) {
            // a 4xx is a refusal; anything else (a 500 while dying) leaves the grant's fate open
            if (reply.status() >= 400 && reply.status() < 500) {
                ledger.refused();
            }
            ledger.stoppedBy = "grant answered " + reply.status() + " " + reply.body();
            return false;
        }
        ledger.answered();
        ledger.grants++;
        return true;
    }

    /** The reply to {@code id}, waiting no longer than {@link #REPLY} (the server may be dead). */
    private static Received reply(GameClient client, String id) {
        return client.await(r -> id.equals(r.message().path("id").asText(null)), "reply to " + id, REPLY);
    }

    private static int coins(JsonNode inventoryReply) {
        int coins = 0;
        for (JsonNode slot : inventoryReply.path("inventory")) {
            if (slot.path("item_id").asInt() == COINS) {
                coins += slot.path("quantity").asInt();
            }
        }
        return coins;
    }
}
