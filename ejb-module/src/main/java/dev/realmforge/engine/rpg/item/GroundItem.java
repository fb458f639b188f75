package dev.realmforge.engine.rpg.item;

import java.time.Instant;

/**
 * An item lying on a tile, as the world shows it: the hot copy of one ground row. Until
 * {@code publicAt} only {@code ownerId} (a player id, or null for everyone) sees and may take it;
 * at {@code despawnAt} it is gone.
 */
public record GroundItem(long id, int itemId, String name, int quantity, String mapId, int x, int y, Long ownerId,
                         Instant publicAt, Instant despawnAt) {

    public boolean visibleTo(long playerId, Instant now) {
        return now.isBefore(despawnAt) && (ownerId == null || ownerId == playerId || !now.isBefore(publicAt));
    }

    /** The owner as clients are told it: null once the item is public. */
    public Long ownerFor(Instant now) {
        return now.isBefore(publicAt) ? ownerId : null;
    }
}
