package dev.realmforge.engine.rpg.item;

import dev.realmforge.engine.rpg.item.data.ItemCatalogueReader;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every item there is, read once at start-up from the bundled items.json or from the file named
 * by {@code realmforge.items.file}. A broken file stops the deployment with a message naming it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
public class ItemCatalogue {

    private static final Logger LOG = Logger.getLogger(ItemCatalogue.class.getName());

    @Inject
    @ConfigProperty(name = "realmforge.items.file")
    Optional<String> itemFile;

    private Map<Integer, ItemDefinition> items;
    private Map<String, ItemDefinition> itemsByKey;

    @PostConstruct
    void load() {
        ItemCatalogueReader reader = new ItemCatalogueReader();
        if (itemFile.isPresent() && !itemFile.get().isBlank()) {
            try {
                items = reader.read(itemFile.get(), Files.newInputStream(Path.of(itemFile.get())));
            } catch (IOException e) {
                throw new IllegalStateException("Item catalogue " + itemFile.get() + ": cannot be read", e);
            }
        } else {
            items = reader.read("items.json", ItemCatalogue.class.getClassLoader().getResourceAsStream("items.json"));
        }
        itemsByKey = new java.util.HashMap<>();
        items.values().forEach(item -> itemsByKey.put(item.key(), item));
        LOG.info(() -> "Item catalogue: " + items.size() + " items");
    }

    public Optional<ItemDefinition> find(int itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The item with this key; fails for an unknown key, which is a configuration mistake. */
    public ItemDefinition byKey(String key) {
        return findByKey(key).orElseThrow(() -> new IllegalArgumentException("no item with key '" + key + "'"));
    }

    public Optional<ItemDefinition> findByKey(String key) {
        return Optional.ofNullable(itemsByKey.get(key));
    }

    public Collection<ItemDefinition> all() {
        return items.values();
    }
}
