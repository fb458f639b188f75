package dev.realmforge.web.rpg.wire;

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

    public record GameUpdate(List<Map<String, Object>> entities, List<Object> removedEntities, String mapId) {
    }

    public record Chunk(int chunkX, int chunkY, int[][] tiles, boolean[][] collision) {
    }

    public record Chunks(List<Chunk> chunks) {
    }
}
