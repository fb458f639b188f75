package dev.realmforge.web.rpg;

import dev.realmforge.engine.chat.ChatRules;
import dev.realmforge.engine.chat.ProfanityFilter;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.event.GameEvent;
import dev.realmforge.engine.rpg.chat.ChatChannel;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.chat.ChatReach;
import dev.realmforge.engine.rpg.chat.ChatReceipt;
import dev.realmforge.engine.rpg.chat.ChatService;
import dev.realmforge.engine.rpg.combat.Fighter;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.map.ChunkService;
import dev.realmforge.engine.rpg.map.MapChunk;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.engine.rpg.world.EnteredWorld;
import dev.realmforge.engine.rpg.world.MovementRules;
import dev.realmforge.engine.rpg.world.SessionService;
import dev.realmforge.engine.session.Admission;
import dev.realmforge.engine.rpg.world.WorldCommand;
import dev.realmforge.engine.rpg.world.WorldTick;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.persistence.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rpg dispatcher with its real handlers, over test doubles of the engine services they call.
 * Each double is a subclass of the EJB class (no container) that answers at once and always the
 * same way for the same input: it accepts some inputs and refuses others with the rule errors the
 * real service uses (codes and details as in docs/protocol/rpg.md), and it sends the events the
 * real one sends to the acting player. Nothing is remembered between calls, so every fuzzed frame
 * meets the same world. An unexpected exception (and so {@code INTERNAL_SERVER_ERROR}) can then only
 * come from decoding, dispatch or a handler.
 *
 * <p>The world, for seeds and for reading failures: alice (player 1, account 11, role PLAYER) stands
 * on samplemap (10, 10); bob (player 2) is online; {@link #VALID_TOKEN} authenticates as alice and
 * {@link #EXPIRED_TOKEN} has expired. Alice holds a bronze sword in slot 0, 100 coins in slot 1,
 * bread in 2, bones in 3 and a rune helm (defense 40) in 4, and wears a leather body. Moves: UP is
 * made, DOWN is blocked, LEFT leaves the map, RIGHT finds the tick's queue full. Attacks: player_2
 * starts a fight, player_1 is herself, npc_1 is out of range, npc_2 finds her fighting npc_9, npc_3
 * finds the queue full, anything else is not found. Ground item 42 can be picked up, 43 is out of
 * reach. Chunks: samplemap is 8 x 8 chunks and spawn_area 2 x 2, of 2 x 2 tiles each.
 */
final class RpgFuzzStubs {

    static final Instant NOW = Instant.parse("2024-02-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String VALID_TOKEN = "fuzz-valid-token";
    static final String EXPIRED_TOKEN = "fuzz-expired-token";
    static final Position START = new Position("samplemap", 10, 10, "south");

    private static final PlayerLink NOWHERE = new PlayerLink() {
        @Override
        public void deliver(GameEvent event) {
            EventTranslator.toEnvelope(event); // bob's copy: still has to have a wire form
        }

        @Override
        public void close(DisconnectReason reason) {
            // bob stays
        }
    };
    private static final OnlinePlayer BOB = new OnlinePlayer(2, 12, "bob", Role.PLAYER, NOWHERE,
            new Position("samplemap", 11, 10, "west"), 10, Experience.starting(), Pacing.DEFAULT);

    private RpgFuzzStubs() {
    }

    /** A dispatcher wired like the container wires it, with the doubles below the handlers. */
    static RpgDispatcher dispatcher() {
        RpgFuzzItems.Items items = new RpgFuzzItems.Items();
        World world = new World();
        RpgDispatcher dispatcher = new RpgDispatcher();
        dispatcher.authenticate = new AuthenticateHandler();
        dispatcher.authenticate.sessions = new Sessions();
        dispatcher.authenticate.admission = new OpenDoor();
        dispatcher.authenticate.clock = CLOCK;
        dispatcher.authenticate.welcomeMessage = "Welcome to the game!";
        dispatcher.chatSend = new ChatSendHandler();
        dispatcher.chatSend.chat = new Chat();
        dispatcher.queryChunks = new QueryChunksHandler();
        dispatcher.queryChunks.chunks = new Chunks();
        dispatcher.move = new MoveHandler();
        dispatcher.move.inputs = world::submit;
        dispatcher.move.clock = CLOCK;
        dispatcher.queryInventory = new QueryInventoryHandler();
        dispatcher.queryInventory.items = items;
        dispatcher.inventoryUse = new InventoryUseHandler();
        dispatcher.inventoryUse.items = items;
        dispatcher.inventoryDrop = new InventoryDropHandler();
        dispatcher.inventoryDrop.items = items;
        dispatcher.queryEquipment = new QueryEquipmentHandler();
        dispatcher.queryEquipment.items = items;
        dispatcher.equip = new EquipHandler();
        dispatcher.equip.items = items;
        dispatcher.unequip = new UnequipHandler();
        dispatcher.unequip.items = items;
        dispatcher.pickup = new PickupHandler();
        dispatcher.pickup.items = items;
        dispatcher.attack = new AttackHandler();
        dispatcher.attack.inputs = world::submit;
        dispatcher.init();
        return dispatcher;
    }

    /** Alice, fresh (no cooldown running), on {@code link}. */
    static OnlinePlayer alice(PlayerLink link) {
        OnlinePlayer alice = new OnlinePlayer(1, 11, "alice", Role.PLAYER, link, START, 10, Experience.starting(),
                Pacing.DEFAULT);
        alice.wear(Map.of(EquipmentSlot.BODY, RpgFuzzItems.LEATHER_BODY));
        return alice;
    }

    /** A connection already authenticated as alice. */
    static RpgConnection authenticated(RpgConnection connection) {
        if (!connection.bind(alice(connection))) {
            throw new IllegalStateException("a fresh connection refused its player");
        }
        return connection;
    }

    // ---- sessions ----

    /** The admission gate with no queue: every sign-in enters at once. */
    static final class OpenDoor extends Admission {
        @Override
        public Optional<Admitted> enter() {
            return Optional.of(() -> { });
        }
    }

    static final class Sessions extends SessionService {
        @Override
        public EnteredWorld enterWorld(String token, PlayerLink link) {
            if (token == null || token.isBlank()) {
                throw new GameRuleException(RpgErrorCode.AUTHENTICATION_MISSING_TOKEN, "No token provided");
            }
            if (token.equals(EXPIRED_TOKEN)) {
                throw new GameRuleException(RpgErrorCode.AUTHENTICATION_EXPIRED_TOKEN, "Token has expired");
            }
            if (!token.equals(VALID_TOKEN)) {
                throw new GameRuleException(RpgErrorCode.AUTHENTICATION_FAILED, "Invalid or expired token");
            }
            OnlinePlayer player = alice(link);
            return new EnteredWorld(player, player.experience().views());
        }

        @Override
        public void leaveWorld(OnlinePlayer player) {
            // nothing was registered
        }
    }

    // ---- chat: the core's real rules and rpg's real reach, two players online ----

    static final class Chat extends ChatService {
        private final ChatRules rules = new ChatRules(256, new ProfanityFilter(List.of("damn", "crap", "bloody")));
        private final ChatReach reach = new ChatReach(3, 16, Set.of(Role.MODERATOR, Role.ADMIN));

        @Override
        public ChatReceipt send(OnlinePlayer sender, String channelName, String text, String recipientName) {
            ChatChannel channel = ChatChannel.parseSendable(channelName);
            rules.checkCooldown(sender.chatCooldown().remaining(NOW));
            String accepted = rules.acceptText(text);
            List<OnlinePlayer> online = List.of(sender, BOB);
            List<OnlinePlayer> recipients = switch (channel) {
                case LOCAL -> online.stream().filter(p -> reach.inLocalRange(sender.position(), p.position())).toList();
                case GLOBAL -> {
                    reach.checkGlobalAllowed(sender.role());
                    yield online;
                }
                case DM -> List.of(dmRecipient(recipientName));
                case SYSTEM -> throw new IllegalStateException("players cannot send system messages");
            };
            sender.chatCooldown().start(NOW);
            ChatMessageEvent event = new ChatMessageEvent(sender.username(), accepted, channel, NOW);
            recipients.forEach(p -> p.link().deliver(event));
            return new ChatReceipt(sender.playerId() + "_" + NOW.toEpochMilli(), channel,
                    recipients.stream().map(OnlinePlayer::username).toList());
        }

        private static OnlinePlayer dmRecipient(String name) {
            if (name == null || name.isBlank()) {
                throw new GameRuleException(RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND, "No recipient given");
            }
            if (!name.equalsIgnoreCase(BOB.username())) {
                throw new GameRuleException(RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND, "Player not found or offline",
                        Map.of("recipient", name));
            }
            return BOB;
        }
    }

    // ---- chunks: the real service's checks, in its order, over two small maps ----

    static final class Chunks extends ChunkService {
        private static final int MAX_RADIUS = 5;
        private static final int TILES = 2;
        private static final Map<String, Integer> CHUNKS_ACROSS = Map.of("samplemap", 8, "spawn_area", 2);

        @Override
        public int maxRadius() {
            return MAX_RADIUS;
        }

        @Override
        public List<MapChunk> around(String mapId, Integer chunkX, Integer chunkY, Integer radius) {
            if (chunkX == null || chunkY == null) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "chunk_x and chunk_y are required",
                        Map.of("reason", "missing_coordinates"));
            }
            int r = radius == null ? 1 : radius;
            if (r < 0) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "Radius cannot be negative",
                        Map.of("reason", "negative_radius"));
            }
            if (r > MAX_RADIUS) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_RADIUS_TOO_LARGE, "Radius exceeds " + MAX_RADIUS + " chunks",
                        Map.of("max_radius", MAX_RADIUS, "radius", r));
            }
            Integer across = mapId == null ? null : CHUNKS_ACROSS.get(mapId);
            if (across == null) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_MAP_NOT_FOUND, "Map does not exist",
                        Map.of("map_id", String.valueOf(mapId)));
            }
            if (!onMap(chunkX, chunkY, across)) {
                throw new GameRuleException(RpgErrorCode.CHUNKS_INVALID_COORDINATES, "Chunk is outside the map",
                        Map.of("reason", "outside_map", "chunks_across", across, "chunks_down", across));
            }
            List<MapChunk> chunks = new ArrayList<>();
            for (long y = (long) chunkY - r; y <= (long) chunkY + r; y++) {
                for (long x = (long) chunkX - r; x <= (long) chunkX + r; x++) {
                    if (onMap(x, y, across)) {
                        chunks.add(new MapChunk((int) x, (int) y, new int[TILES][TILES], new boolean[TILES][TILES]));
                    }
                }
            }
            return chunks;
        }

        private static boolean onMap(long x, long y, int across) {
            return x >= 0 && y >= 0 && x < across && y < across;
        }
    }

    // ---- the tick: answers every command at once, on the calling thread ----

    static final class World extends WorldTick {
        @Override
        public boolean submit(WorldCommand command) {
            if (command instanceof WorldCommand.Move move) {
                return move(move);
            }
            if (command instanceof WorldCommand.Attack attack) {
                return attack(attack);
            }
            throw new IllegalStateException("handlers submit moves and attacks only, not " + command);
        }

        private static boolean move(WorldCommand.Move move) {
            Position from = move.player().position();
            Map<String, Object> where = Map.of("x", from.x(), "y", from.y(), "map_id", from.mapId());
            switch (move.direction()) {
                case UP -> move.onMoved().accept(new MovementRules.Step(from,
                        new Position(from.mapId(), from.x(), from.y() - 1, move.direction().facing()), false));
                case DOWN -> move.onRefused().accept(new GameRuleException(RpgErrorCode.MOVEMENT_BLOCKED,
                        "Movement blocked by collision", Map.of("reason", "blocked", "current_position", where,
                        "collision", true, "target", Map.of("x", from.x(), "y", from.y() + 1))));
                case LEFT -> move.onRefused().accept(new GameRuleException(RpgErrorCode.MOVEMENT_OUT_OF_BOUNDS,
                        "Cannot move outside the map", Map.of("current_position", where, "width", 64, "height", 64)));
                case RIGHT -> {
                    return false;
                }
            }
            return true;
        }

        private static boolean attack(WorldCommand.Attack attack) {
            String target = attack.targetKey();
            switch (target) {
                case "player_2" -> attack.onStarted().accept(new Fighter.Player(BOB));
                case "player_1" -> attack.onRefused().accept(new GameRuleException(RpgErrorCode.COMBAT_INVALID_TARGET,
                        "You cannot attack yourself", Map.of("target_id", target)));
                case "npc_1" -> attack.onRefused().accept(new GameRuleException(RpgErrorCode.COMBAT_OUT_OF_RANGE,
                        "Target is too far away", Map.of("target_id", target, "max_distance", 1)));
                case "npc_2" -> attack.onRefused().accept(new GameRuleException(RpgErrorCode.COMBAT_ALREADY_IN_COMBAT,
                        "Already fighting", Map.of("current_target_id", "npc_9")));
                case "npc_3" -> {
                    return false;
                }
                default -> attack.onRefused().accept(new GameRuleException(RpgErrorCode.COMBAT_TARGET_NOT_FOUND,
                        "No such target", Map.of("target_id", target)));
            }
            return true;
        }
    }

}
