package dev.realmforge.engine.rpg.chat;

import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.persistence.account.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who hears rpg chat: local range is a square of chunks around the sender on the same map, and
 * the global channel is open to the configured roles only.
 */
public final class ChatReach {

    private final int localChunkRadius;
    private final int chunkSize;
    private final Set<Role> globalRoles;

    public ChatReach(int localChunkRadius, int chunkSize, Set<Role> globalRoles) {
        this.localChunkRadius = localChunkRadius;
        this.chunkSize = chunkSize;
        this.globalRoles = Set.copyOf(globalRoles);
    }

    public void checkGlobalAllowed(Role role) {
        if (!globalRoles.contains(role)) {
            throw new GameRuleException(RpgErrorCode.CHAT_PERMISSION_DENIED,
                    "Global chat needs a staff role", Map.of("channel", "global"));
        }
    }

    /** True when {@code listener} is on the sender's map within the local chunk radius. */
    public boolean inLocalRange(Position sender, Position listener) {
        return sender.withinChunks(listener, chunkSize, localChunkRadius);
    }
}
