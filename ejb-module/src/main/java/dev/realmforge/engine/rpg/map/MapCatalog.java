package dev.realmforge.engine.rpg.map;

import dev.realmforge.engine.rpg.map.tiled.TiledMapReader;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every map of the world, loaded once at start-up: the bundled maps named by
 * {@code realmforge.maps.bundled}, then every {@code *.tmj} in {@code realmforge.maps.dir} (which
 * replaces a bundled map of the same id). A malformed map, or a portal to a missing map or arrival,
 * fails the deployment with a message naming the file and the problem.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // never touches the database
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MapCatalog {

    private static final Logger LOG = Logger.getLogger(MapCatalog.class.getName());
    private static final String BUNDLED_FOLDER = "maps/";

    @Inject
    @ConfigProperty(name = "realmforge.maps.bundled", defaultValue = "samplemap,spawn_area,arena")
    List<String> bundled;

    @Inject
    @ConfigProperty(name = "realmforge.maps.dir")
    Optional<String> directory;

    private volatile Maps maps;

    @PostConstruct
    void load() {
        Maps.Builder builder = new Maps.Builder();
        TiledMapReader reader = new TiledMapReader();
        ClassLoader loader = MapCatalog.class.getClassLoader();
        for (String id : bundled) {
            String name = id.trim();
            builder.add(reader.read(name, name + ".tmj", file -> loader.getResourceAsStream(BUNDLED_FOLDER + file)));
        }
        if (directory.isPresent() && !directory.get().isBlank()) {
            Path dir = Path.of(directory.get());
            for (Path file : tmjFiles(dir)) {
                String id = file.getFileName().toString().replaceFirst("\\.tmj$", "");
                builder.add(reader.read(id, file.getFileName().toString(), name -> Files.newInputStream(dir.resolve(name))));
            }
        }
        maps = builder.build();
        LOG.info(() -> "Loaded maps " + maps.ids());
    }

    private static List<Path> tmjFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmj")).sorted().toList();
        } catch (IOException e) {
            throw new MapLoadException(dir.toString(), "map directory cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<TileMap> find(String mapId) {
        return maps.find(mapId);
    }

    public Map<String, TileMap> all() {
        return maps.all();
    }

    /** The loaded, cross-checked set; immutable. */
    public Maps maps() {
        return maps;
    }
}
