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
import dev.realmforge.engine.rpg.inventory.ItemService;
import dev.realmforge.engine.rpg.item.EquipmentEvent;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.GroundItem;
import dev.realmforge.engine.rpg.item.InventoryEvent;
import dev.realmforge.engine.rpg.item.ItemChange;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemOutcomes;
import dev.realmforge.engine.rpg.item.ItemStats;
import dev.realmforge.engine.rpg.item.SlotItem;
import dev.realmforge.engine.rpg.map.ChunkService;
import dev.realmforge.engine.rpg.map.MapChunk;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
        Items items = new Items();
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
        alice.wear(Map.of(EquipmentSlot.BODY, LEATHER_BODY));
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

    // ---- items: a fixed inventory; each command computes its outcome and tells the player ----

    private static final ItemDefinition SWORD = item(4, "bronze_sword", "Bronze sword", false,
            EquipmentSlot.WEAPON, 4, new ItemStats(4, 5, 3, 0, 0, 0, 5, 0, 0), Map.of(), 0, 0);
    private static final ItemDefinition COINS = item(1, "coins", "Coins", true, null, 0, ItemStats.NONE, Map.of(), 0, 0);
    private static final ItemDefinition BREAD = item(2, "bread", "Bread", false, null, 0, ItemStats.NONE, Map.of(), 3, 0);
    private static final ItemDefinition BONES = item(3, "bones", "Bones", false, null, 0, ItemStats.NONE, Map.of(), 0, 5);
    private static final ItemDefinition HELM = item(5, "rune_helm", "Rune helm", false, EquipmentSlot.HEAD, 0,
            new ItemStats(0, 0, 0, 6, 7, 5, 0, 0, 0), Map.of(Skill.DEFENSE, 40), 0, 0);
    private static final ItemDefinition LEATHER_BODY = item(6, "leather_body", "Leather body", false,
            EquipmentSlot.BODY, 0, new ItemStats(0, 0, 0, 8, 9, 10, 0, 0, 0), Map.of(), 0, 0);
    private static final int SLOTS = 28;
    private static final Map<Integer, SlotItem> INVENTORY = Map.of(
            0, SlotItem.of(SWORD, 1), 1, SlotItem.of(COINS, 100), 2, SlotItem.of(BREAD, 1),
            3, SlotItem.of(BONES, 1), 4, SlotItem.of(HELM, 1));
    private static final Map<Integer, ItemDefinition> CATALOGUE = Map.of(1, COINS, 2, BREAD, 3, BONES, 4, SWORD,
            5, HELM, 6, LEATHER_BODY);

    private static ItemDefinition item(int id, String key, String name, boolean stackable, EquipmentSlot slot,
                                       int speed, ItemStats stats, Map<Skill, Integer> requirements, int heals,
                                       int buryXp) {
        return new ItemDefinition(id, key, name, stackable, Optional.ofNullable(slot), speed, stats, requirements,
                heals, buryXp);
    }

    static final class Items extends ItemService {
        @Override
        public Map<Integer, SlotItem> inventory(OnlinePlayer player) {
            return new TreeMap<>(INVENTORY);
        }

        @Override
        public Map<EquipmentSlot, ItemDefinition> equipment(OnlinePlayer player) {
            return player.worn();
        }

        @Override
        public ItemOutcomes.Used use(OnlinePlayer player, int slot) {
            SlotItem held = require(slot);
            ItemDefinition item = CATALOGUE.get(held.itemId());
            if (item.heals() > 0) {
                return new ItemOutcomes.Used(ItemOutcomes.Use.CONSUMED, item.heals(), 0, null,
                        publish(player, emptied(slot), Map.of()));
            }
            if (item.buryXp() > 0) {
                player.link().deliver(new SkillsEvent(player.experience().views()));
                return new ItemOutcomes.Used(ItemOutcomes.Use.BURIED, 0,
                        item.buryXp(), null, publish(player, emptied(slot), Map.of()));
            }
            if (item.wearable()) {
                EquipmentSlot target = item.slot().orElseThrow();
                checkRequirements(player, item);
                return new ItemOutcomes.Used(ItemOutcomes.Use.EQUIPPED, 0, 0, target,
                        publish(player, emptied(slot), worn(target, item)));
            }
            throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_USABLE, item.name() + " has no use",
                    Map.of("slot", slot, "item_id", item.id()));
        }

        @Override
        public ItemOutcomes.Dropped drop(OnlinePlayer player, int slot, Integer quantity) {
            SlotItem held = require(slot);
            int taken = quantity == null ? held.quantity() : quantity;
            if (taken < 1 || taken > held.quantity()) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Quantity must be 1-" + held.quantity(),
                        Map.of("slot", slot, "quantity", taken, "available", held.quantity()));
            }
            Map<Integer, SlotItem> left = new HashMap<>();
            left.put(slot, taken == held.quantity() ? null
                    : new SlotItem(held.itemId(), held.quantity() - taken, held.name(), held.stackable()));
            Position at = player.position();
            GroundItem ground = new GroundItem(1000 + slot, held.itemId(), held.name(), taken, at.mapId(), at.x(),
                    at.y(), player.playerId(), NOW.plusSeconds(60), NOW.plusSeconds(180));
            ItemChange change = new ItemChange(left, Map.of(), player.worn(), List.of(ground), List.of());
            return new ItemOutcomes.Dropped(ground, publish(player, change));
        }

        @Override
        public ItemOutcomes.Equipped equip(OnlinePlayer player, int inventorySlot, String equipmentSlot) {
            EquipmentSlot target = slot(equipmentSlot);
            SlotItem held = require(inventorySlot);
            ItemDefinition item = CATALOGUE.get(held.itemId());
            if (item.slot().isEmpty() || item.slot().get() != target) {
                throw new GameRuleException(RpgErrorCode.EQUIPMENT_WRONG_SLOT, item.name() + " cannot be worn there",
                        item.slot().<Map<String, Object>>map(s -> Map.of("equipment_slot", target.key(),
                                "item_slot", s.key())).orElse(Map.of("equipment_slot", target.key())));
            }
            checkRequirements(player, item);
            ItemDefinition old = player.worn().get(target);
            Map<Integer, SlotItem> inventory = emptied(inventorySlot);
            if (old != null) {
                inventory.put(firstFree(), SlotItem.of(old, 1));
            }
            return new ItemOutcomes.Equipped(item, old, publish(player, inventory, worn(target, item)));
        }

        @Override
        public ItemOutcomes.Unequipped unequip(OnlinePlayer player, String equipmentSlot) {
            EquipmentSlot target = slot(equipmentSlot);
            ItemDefinition worn = player.worn().get(target);
            if (worn == null) {
                throw new GameRuleException(RpgErrorCode.EQUIPMENT_SLOT_INVALID, "Nothing is worn in that slot",
                        Map.of("equipment_slot", target.key(), "reason", "slot_empty"));
            }
            int to = firstFree();
            return new ItemOutcomes.Unequipped(worn, to,
                    publish(player, new HashMap<>(Map.of(to, SlotItem.of(worn, 1))), worn(target, null)));
        }

        @Override
        public ItemOutcomes.PickedUp pickup(OnlinePlayer player, long groundItemId) {
            if (groundItemId == 43) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_OUT_OF_REACH, "Stand on the item or next to it",
                        Map.of("ground_item_id", new dev.realmforge.engine.rpg.item.GroundItemRef(groundItemId), "reach", 1));
            }
            if (groundItemId != 42) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_ITEM_NOT_FOUND, "No such item on the ground",
                        Map.of("ground_item_id", new dev.realmforge.engine.rpg.item.GroundItemRef(groundItemId)));
            }
            SlotItem coins = INVENTORY.get(1);
            ItemChange change = new ItemChange(Map.of(1, new SlotItem(coins.itemId(), coins.quantity() + 25,
                    coins.name(), true)), Map.of(), player.worn(), List.of(), List.of(groundItemId));
            return new ItemOutcomes.PickedUp(SlotItem.of(COINS, 25), 1, publish(player, change));
        }

        private static SlotItem require(int slot) {
            if (slot < 0 || slot >= SLOTS) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_INVALID_SLOT, "Slot must be 0-" + (SLOTS - 1),
                        Map.of("slot", slot));
            }
            SlotItem held = INVENTORY.get(slot);
            if (held == null) {
                throw new GameRuleException(RpgErrorCode.INVENTORY_SLOT_EMPTY, "No item in that slot",
                        Map.of("slot", slot));
            }
            return held;
        }

        private static EquipmentSlot slot(String name) {
            return EquipmentSlot.fromWire(name).orElseThrow(() -> new GameRuleException(
                    RpgErrorCode.EQUIPMENT_SLOT_INVALID, "Unknown equipment slot",
                    Map.of("equipment_slot", String.valueOf(name))));
        }

        private static void checkRequirements(OnlinePlayer player, ItemDefinition item) {
            item.requirements().forEach((skill, level) -> {
                int current = player.experience().level(skill);
                if (current < level) {
                    throw new GameRuleException(RpgErrorCode.EQUIPMENT_REQUIREMENTS_NOT_MET,
                            "Requires " + skill.key() + " level " + level,
                            Map.of("skill", skill.key(), "required_level", level, "current_level", current));
                }
            });
        }

        private static int firstFree() {
            for (int slot = 0; slot < SLOTS; slot++) {
                if (!INVENTORY.containsKey(slot)) {
                    return slot;
                }
            }
            throw new IllegalStateException("the stub inventory is full");
        }

        private static Map<Integer, SlotItem> emptied(int slot) {
            Map<Integer, SlotItem> change = new HashMap<>();
            change.put(slot, null);
            return change;
        }

        private static Map<EquipmentSlot, ItemDefinition> worn(EquipmentSlot slot, ItemDefinition item) {
            Map<EquipmentSlot, ItemDefinition> change = new EnumMap<>(EquipmentSlot.class);
            change.put(slot, item);
            return change;
        }

        private static ItemChange publish(OnlinePlayer player, Map<Integer, SlotItem> inventory,
                                          Map<EquipmentSlot, ItemDefinition> equipment) {
            Map<EquipmentSlot, ItemDefinition> wornAfter = new EnumMap<>(EquipmentSlot.class);
            wornAfter.putAll(player.worn());
            equipment.forEach((slot, item) -> {
                if (item == null) {
                    wornAfter.remove(slot);
                } else {
                    wornAfter.put(slot, item);
                }
            });
            return publish(player, new ItemChange(inventory, equipment, wornAfter, List.of(), List.of()));
        }

        /** What the real service does after a commit: tells the player which slots changed. */
        private static ItemChange publish(OnlinePlayer player, ItemChange change) {
            if (!change.equipment().isEmpty()) {
                player.link().deliver(new EquipmentEvent(change.equipment()));
            }
            if (!change.inventory().isEmpty()) {
                player.link().deliver(new InventoryEvent(change.inventory()));
            }
            return change;
        }
    }
}
