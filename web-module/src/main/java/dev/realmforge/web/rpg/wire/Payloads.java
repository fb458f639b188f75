package dev.realmforge.web.rpg.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Payload records of the rpg protocol, named after the message they travel in. */
public final class Payloads {

    private Payloads() {
    }

    // ---- client to server ----

    public record Authenticate(String token) {
    }

    public record ChatSend(String message, String channel, String recipient) {
    }

    public record Move(String direction) {
    }

    public record QueryChunks(String mapId, Integer chunkX, Integer chunkY, Integer radius) {
    }

    public record InventorySlot(Integer slot) {
    }

    public record InventoryDrop(Integer slot, Integer quantity) {
    }

    public record Equip(Integer inventorySlot, String equipmentSlot) {
    }

    public record Unequip(String equipmentSlot) {
    }

    public record Pickup(String groundItemId) {
    }

    public record Attack(String targetId, String targetType) {
    }

    // ---- server to client ----

    public record Error(String errorCode, String message, Map<String, Object> details) {
    }

    public record Welcome(long playerId, String username, int x, int y, String mapId, int currentHp,
                          int maxHp, String facingDirection, String animationState) {
    }

    public record ChatMessage(String username, String message, String channel, double timestamp) {
    }

    public record ChatSent(String messageId, String channel, List<String> recipients) {
    }

    public record SkillEntry(int skillId, String name, int currentLevel, int currentXp, int targetXp) {
    }

    public record Skills(List<SkillEntry> skills) {
    }

    public record ServerShutdown(String message) {
    }

    public record Place(int x, int y, String mapId) {
    }

    public record PlaceOf(int x, int y, String mapId, long playerId, double timestamp) {
    }

    public record Moved(PlaceOf newPosition, Place oldPosition, boolean collision) {
    }

    /** {@code serverTime}: when the tick produced it, seconds since the epoch (ours; lets clients measure age). */
    public record GameUpdate(List<Map<String, Object>> entities, List<Object> removedEntities, String mapId,
                             double serverTime) {
    }

    public record Chunk(int chunkX, int chunkY, int[][] tiles, boolean[][] collision) {
    }

    public record Chunks(List<Chunk> chunks) {
    }

    /** An inventory slot's content; {@code stackable} is left out where the protocol leaves it out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlotContent(int itemId, int quantity, String name, Boolean stackable) {
    }

    public record Inventory(Map<String, SlotContent> inventory) {
    }

    public record ItemUsed(String result, String effect) {
    }

    public record ItemRef(int itemId, String name) {
    }

    public record WornItem(int itemId, String name, Map<String, Integer> stats) {
    }

    public record Equipment(Map<String, Object> equipment) {
    }

    public record Equipped(ItemRef equippedItem, ItemRef unequippedItem, Map<String, SlotContent> inventoryChanges) {
    }

    public record Unequipped(ItemRef unequippedItem, int inventorySlot) {
    }

    public record GroundItemEntry(String groundItemId, int itemId, String name, int quantity, int x, int y,
                                  String mapId, Long ownerId, double despawnTime) {
    }

    public record GroundItemsUpdate(List<GroundItemEntry> added, List<String> removed) {
    }

    public record Dropped(GroundItemEntry groundItem, Map<String, SlotContent> inventoryChanges) {
    }

    public record PickedUp(SlotContent item, int inventorySlot) {
    }

    public record CombatTarget(String id, String name, int currentHp, int maxHp) {
    }

    public record AttackStarted(boolean combatStarted, CombatTarget target) {
    }

    public record Killer(String id, String name, String type) {
    }

    public record PlayerDied(long playerId, String username, Place deathPosition, Killer killer) {
    }

    public record PlayerRespawned(long playerId, String username, Place spawnPosition, int currentHp, int maxHp) {
    }
}
