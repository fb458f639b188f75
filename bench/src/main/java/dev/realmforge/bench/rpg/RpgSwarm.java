package dev.realmforge.bench.rpg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realmforge.bench.SwarmContext;
import dev.realmforge.bench.SwarmOptions;
import dev.realmforge.bench.SwarmProfile;
import dev.realmforge.bench.client.Envelope;
import dev.realmforge.bench.client.ServerApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The rpg bots: before the run a scout learns the open tiles of the maps and every bot's account is
 * registered (if new) and placed by a staff account when the run asks for it; then on the ramp each
 * bot logs in over HTTP and plays over the rpg socket as the scenario says (walk anywhere, walk in
 * one crowded chunk, or stand idle).
 */
public final class RpgSwarm implements SwarmProfile {

    /** samplemap's south-west chunk, with no NPC nearby: where the crowd stands on samplemap. */
    private static final int[] SAMPLEMAP_CROWD_CHUNK = {0, 3};
    /** The largest radius query_chunks allows, and the width in chunks of the square it covers. */
    private static final int SCOUT_RADIUS = 5;
    private static final int SCOUT_SPAN = 2 * SCOUT_RADIUS + 1;

    @Override
    public String name() {
        return "rpg";
    }

    @Override
    public String zone() {
        return "rpg";
    }

    @Override
    public Driver prepare(SwarmContext context) throws Exception {
        Map<String, Grid> grids = new ConcurrentHashMap<>();
        scout(context, grids);
        return new RpgDriver(context, grids);
    }

    /**
     * Learns the open tiles of the map the bots play on (and of the bundled maps they may walk
     * into through portals). One query covers at most 11 x 11 chunks, so a large map is read in
     * squares of that size. The map's size in chunks comes from the documented details of the
     * error for a centre chunk off the map.
     */
    private static void scout(SwarmContext context, Map<String, Grid> grids) throws Exception {
        SwarmOptions options = context.options();
        ServerApi api = context.api();
        String name = options.namePrefix() + "-scout";
        Bot scout = new Bot(api.registerOrSignIn(name, password(name)), context.metrics(), grids, Bot.Walk.STILL, 0);
        scout.connect(context.http(), api.webSocket()).get(60, TimeUnit.SECONDS);
        try {
            for (String mapId : new java.util.LinkedHashSet<>(List.of(options.mapId(), "samplemap", "spawn_area", "arena"))) {
                JsonNode size = queryChunks(scout, mapId, Integer.MAX_VALUE, Integer.MAX_VALUE, 0).path("details");
                if (!size.has("chunks_across")) {
                    continue;  // no such map on this server
                }
                int across = size.path("chunks_across").asInt();
                int down = size.path("chunks_down").asInt();
                List<JsonNode> chunks = new ArrayList<>();
                for (int y = SCOUT_RADIUS; y - SCOUT_RADIUS < down; y += SCOUT_SPAN) {
                    for (int x = SCOUT_RADIUS; x - SCOUT_RADIUS < across; x += SCOUT_SPAN) {
                        queryChunks(scout, mapId, Math.min(x, across - 1), Math.min(y, down - 1), SCOUT_RADIUS)
                                .path("chunks").forEach(chunks::add);
                    }
                }
                grids.put(mapId, Grid.fromChunks(mapId, chunks));
            }
        } finally {
            scout.close();
        }
        if (!grids.containsKey(options.mapId())) {
            throw new IllegalStateException("the server has no map " + options.mapId() + " to play on");
        }
    }

    /** The payload of the scout's query_chunks reply (resp_success or resp_error). */
    private static JsonNode queryChunks(Bot scout, String mapId, int chunkX, int chunkY, int radius) throws Exception {
        String id = "scout-" + mapId + "-" + chunkX + "-" + chunkY;
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        scout.request("query_chunks", id, Map.of("map_id", mapId, "chunk_x", chunkX, "chunk_y", chunkY, "radius", radius),
                message -> {
                    if (id.equals(Envelope.id(message))) {
                        reply.complete(Envelope.payload(message));
                    }
                });
        return reply.get(30, TimeUnit.SECONDS);
    }

    static String password(String name) {
        return "swarm-" + name + "-pw";
    }

    /** The bots of one rpg run. */
    private static final class RpgDriver implements Driver {

        private final SwarmContext context;
        private final Map<String, Grid> grids;
        private final List<Bot> bots = new ArrayList<>();
        private final String adminToken;
        private final Grid map;
        private final int[] crowdChunk;

        /** Where bots are placed: its own random source, as the bots' acts use the context's on the clock thread. */
        private final SplittableRandom placements = new SplittableRandom(7);

        RpgDriver(SwarmContext context, Map<String, Grid> grids) {
            this.context = context;
            this.grids = grids;
            SwarmOptions options = context.options();
            this.adminToken = options.placesBots() ? context.api().signIn(options.adminUser(), options.adminPassword()) : null;
            this.map = grids.get(options.mapId());
            this.crowdChunk = options.mapId().equals("samplemap") ? SAMPLEMAP_CROWD_CHUNK
                    : new int[] {map.width() / Grid.CHUNK / 2, map.height() / Grid.CHUNK / 2};
        }

        /** Registers the bot's account (an existing one is fine) and, with a staff account, places it. */
        @Override
        public void enrol(int index) {
            SwarmOptions options = context.options();
            String name = options.namePrefix() + "-" + index;
            context.api().registerIfNew(name, password(name));
            if (adminToken != null) {
                int[] tile;
                synchronized (placements) { // bots are readied on several threads
                    tile = options.scenario() == SwarmOptions.Scenario.CROWD
                            ? map.randomOpenTile(placements, walk().minX(), walk().minY(), walk().maxX() + 1, walk().maxY() + 1)
                            : map.randomOpenTile(placements, 0, 0, map.width(), map.height());
                }
                context.api().place(adminToken, name, options.mapId(), tile[0], tile[1]);
            }
        }

        /** Logs the readied bot in and opens its socket. */
        @Override
        public CompletableFuture<JsonNode> connect(int index) {
            SwarmOptions options = context.options();
            String name = options.namePrefix() + "-" + index;
            String token = context.api().signIn(name, password(name));
            Bot.Walk walk = walk();
            Bot bot = new Bot(token, context.metrics(), grids, walk,
                    options.scenario() == SwarmOptions.Scenario.IDLE ? 0 : options.chatEvery().toNanos(),
                    options.fights() && walk.moves());
            synchronized (bots) {
                bots.add(bot);
            }
            return bot.connect(context.http(), context.api().webSocket());
        }

        private Bot.Walk walk() {
            return switch (context.options().scenario()) {
                case SPREAD -> Bot.Walk.ANYWHERE;
                case IDLE -> Bot.Walk.STILL;
                case CROWD -> new Bot.Walk(true, crowdChunk[0] * Grid.CHUNK, crowdChunk[1] * Grid.CHUNK,
                        (crowdChunk[0] + 1) * Grid.CHUNK - 1, (crowdChunk[1] + 1) * Grid.CHUNK - 1);
            };
        }

        @Override
        public void actAll(long nowNanos) {
            List<Bot> snapshot;
            synchronized (bots) {
                snapshot = List.copyOf(bots);
            }
            for (Bot bot : snapshot) {
                try {
                    bot.act(nowNanos, context.random());
                } catch (RuntimeException e) {
                    context.metrics().error("CLIENT_" + e.getClass().getSimpleName());
                }
            }
        }

        @Override
        public void close() {
            synchronized (bots) {
                bots.forEach(Bot::close);
            }
        }
    }
}
