package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.map.ChunkSize;
import dev.realmforge.persistence.rpg.item.ItemStack;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
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

    @Inject
    @ConfigProperty(name = ChunkSize.KEY, defaultValue = ChunkSize.DEFAULT)
    int chunkSize;

    private GroundIndex index;

    @PostConstruct
    void create() {
        index = new GroundIndex(chunkSize);
    }

    /** The index itself, for the tick, which reads it many times per tick without going through this bean. */
    public GroundIndex index() {
        return index;
    }

    public void put(GroundItem item) {
        index.put(item);
    }

    public void remove(long id) {
        index.remove(id);
    }

    public Optional<GroundItem> find(long id) {
        return index.find(id);
    }

    public Collection<GroundItem> all() {
        return index.all();
    }

    public int count() {
        return index.count();
    }

    /** The hot copy of a ground row. */
    public static GroundItem of(ItemStack row, String name) {
        return new GroundItem(row.getId(), row.getItemId(), name, row.getQuantity(), row.getMapId(), row.getTileX(),
                row.getTileY(), row.getOwnerId(), row.getPublicAt() == null ? row.getDespawnAt() : row.getPublicAt(),
                row.getDespawnAt());
    }
}
