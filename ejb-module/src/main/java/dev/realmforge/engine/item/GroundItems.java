package dev.realmforge.engine.item;

import dev.realmforge.persistence.item.ItemStack;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ground items of the world, indexed by chunk for the tick's visibility pass. Changed only
 * after the transaction that placed or removed the row has committed, so it never shows an item
 * the database does not have for longer than that commit takes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class GroundItems {

    private final Map<Long, GroundItem> byId = new ConcurrentHashMap<>();
    private final Map<ChunkKey, Map<Long, GroundItem>> byChunk = new ConcurrentHashMap<>();
    @Inject
    @ConfigProperty(name = "realmforge.world.chunk-size", defaultValue = "16")
    int chunkSize;

    private record ChunkKey(String mapId, int chunkX, int chunkY) {
    }

    public void put(GroundItem item) {
        byId.put(item.id(), item);
        byChunk.computeIfAbsent(key(item.mapId(), item.x(), item.y()), k -> new ConcurrentHashMap<>())
                .put(item.id(), item);
    }

    public void remove(long id) {
        GroundItem item = byId.remove(id);
        if (item != null) {
            Map<Long, GroundItem> chunk = byChunk.get(key(item.mapId(), item.x(), item.y()));
            if (chunk != null) {
                chunk.remove(id);
            }
        }
    }

    public Optional<GroundItem> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Items whose tile lies in chunk ({@code chunkX}, {@code chunkY}) of {@code mapId}. */
    public Collection<GroundItem> inChunk(String mapId, int chunkX, int chunkY) {
        Map<Long, GroundItem> chunk = byChunk.get(new ChunkKey(mapId, chunkX, chunkY));
        return chunk == null ? List.of() : chunk.values();
    }

    public Collection<GroundItem> all() {
        return byId.values();
    }

    public int count() {
        return byId.size();
    }

    private ChunkKey key(String mapId, int x, int y) {
        return new ChunkKey(mapId, Math.floorDiv(x, chunkSize), Math.floorDiv(y, chunkSize));
    }

    /** The hot copy of a ground row. */
    public static GroundItem of(ItemStack row, String name) {
        return new GroundItem(row.getId(), row.getItemId(), name, row.getQuantity(), row.getMapId(), row.getTileX(),
                row.getTileY(), row.getOwnerId(), row.getPublicAt() == null ? row.getDespawnAt() : row.getPublicAt(),
                row.getDespawnAt());
    }
}
