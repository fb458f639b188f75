package dev.realmforge.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.it.support.Deployments;
import dev.realmforge.it.support.GameClient;
import dev.realmforge.it.support.GameClient.Received;
import dev.realmforge.it.support.Players;
import dev.realmforge.it.support.Wire;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many players at once drop, pick up (their own items and each other's), wear, take off and eat,
 * some while disconnecting in the middle of a command. Afterwards, for every item id, what is held
 * in inventories, equipment and on the ground equals what was created minus what was consumed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ItemLedgerIT {

    private static final int PLAYERS = 4;
    private static final int OPERATIONS = 150;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realmforgeWar();
    }

    @Test
    void concurrentItemTrafficNeverCreatesOrLosesAnItem() throws Exception {
        Players players = new Players(base);
        List<Players.Player> accounts = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            Players.Player account = players.register("ledger" + i);
            players.grant(account, 1, 500); // bronze arrows: stackable and wearable
            players.grant(account, 28, 3);  // bread
            players.teleport(account, "samplemap", 40 + i % 2, 51);
            accounts.add(account);
        }
        List<String> groundIds = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PLAYERS);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < PLAYERS; i++) {
                Players.Player account = accounts.get(i);
                long seed = 1000L + i;
                runs.add(pool.submit(() -> play(account, groundIds, new SplittableRandom(seed))));
            }
            int successes = 0;
            for (Future<Integer> run : runs) {
                successes += run.get(3, TimeUnit.MINUTES);
            }
            assertThat(successes).as("the traffic did things, not only errors").isGreaterThan(PLAYERS * 10);
        } finally {
            pool.shutdownNow();
        }

        assertThat(players.itemAudit().size()).isPositive();
        players.assertItemsBalanced();
    }

    /** Random item commands; every 40 a hard disconnect right after sending one. Returns how many succeeded. */
    private int play(Players.Player account, List<String> groundIds, SplittableRandom random) {
        int successes = 0;
        GameClient client = connect(account, random);
        try {
            for (int op = 1; op <= OPERATIONS; op++) {
                Map<String, Object> payload;
                String type;
                switch (random.nextInt(6)) {
                    case 0 -> {
                        type = "cmd_inventory_drop";
                        payload = random.nextBoolean() ? Map.of("slot", random.nextInt(6))
                                : Map.of("slot", random.nextInt(6), "quantity", 1 + random.nextInt(20));
                    }
                    case 1, 2 -> {
                        type = "cmd_pickup_item";
                        payload = Map.of("ground_item_id", groundIds.isEmpty() ? "ground_item_1"
                                : groundIds.get(random.nextInt(groundIds.size())));
                    }
                    case 3 -> {
                        type = "cmd_inventory_use";
                        payload = Map.of("slot", random.nextInt(6));
                    }
                    case 4 -> {
                        type = "cmd_equipment_unequip";
                        payload = Map.of("equipment_slot", List.of("weapon", "shield", "ammo").get(random.nextInt(3)));
                    }
                    default -> {
                        type = "cmd_equipment_equip";
                        payload = Map.of("inventory_slot", random.nextInt(6),
                                "equipment_slot", List.of("weapon", "shield", "ammo").get(random.nextInt(3)));
                    }
                }
                if (op % 40 == 0) {
                    client.send(type, payload); // and leave before the answer
                    client.close();
                    client = connect(account, random);
                    continue;
                }
                Received reply = client.request(type, payload);
                if (reply.type().equals("resp_success")) {
                    successes++;
                    String dropped = reply.payload().path("ground_item").path("ground_item_id").asText("");
                    if (!dropped.isEmpty()) {
                        groundIds.add(dropped);
                    }
                }
            }
        } finally {
            client.close();
        }
        return successes;
    }

    private GameClient connect(Players.Player account, SplittableRandom random) {
        GameClient client = GameClient.connect(base, random.nextBoolean() ? Wire.JSON : Wire.MSGPACK);
        client.authenticate(account.token());
        return client;
    }
}
