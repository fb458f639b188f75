package dev.realmforge.engine.rpg.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCatalogTest {

    /** An 8x8 spawn_area that still has the arrival samplemap's portal needs. */
    private static final String SMALL_SPAWN_AREA = """
            {"orientation": "orthogonal", "infinite": false, "width": 8, "height": 8,
             "tilewidth": 32, "tileheight": 32,
             "tilesets": [{"firstgid": 1, "source": "local.tsj"}],
             "layers": [
               {"type": "tilelayer", "name": "ground", "data": [%s]},
               {"type": "objectgroup", "name": "objects", "objects": [
                 {"id": 1, "name": "respawn", "type": "spawn", "x": 112, "y": 112, "point": true},
                 {"id": 2, "name": "from_samplemap", "type": "arrival", "x": 48, "y": 48, "point": true}]}]}
            """.formatted(String.join(",", java.util.Collections.nCopies(64, "2")));

    @TempDir
    Path dir;

    private static MapCatalog catalog(Optional<String> directory) {
        MapCatalog catalog = new MapCatalog();
        catalog.bundled = List.of("samplemap", " spawn_area ", "arena");
        catalog.directory = directory;
        return catalog;
    }

    @Test
    void withoutADirectoryTheBundledMapsAreLoaded() {
        MapCatalog catalog = catalog(Optional.empty());
        catalog.load();
        assertThat(catalog.all()).containsOnlyKeys("samplemap", "spawn_area", "arena");
        assertThat(catalog.find("spawn_area").orElseThrow().width()).isEqualTo(32);
    }

    @Test
    void aMapInTheDirectoryReplacesTheBundledMapWithTheSameId() throws IOException {
        Files.writeString(dir.resolve("spawn_area.tmj"), SMALL_SPAWN_AREA);
        Files.writeString(dir.resolve("local.tsj"), "{\"tilecount\": 4}");
        MapCatalog catalog = catalog(Optional.of(dir.toString()));
        catalog.bundled = List.of("samplemap", "spawn_area"); // the arena's portal needs the bundled spawn_area
        catalog.load();
        TileMap spawnArea = catalog.find("spawn_area").orElseThrow();
        assertThat(spawnArea.width()).isEqualTo(8);
        assertThat(spawnArea.spawn()).isEqualTo(new TilePoint(3, 3));
        assertThat(spawnArea.tileAt(0, 0)).isEqualTo(2);
        assertThat(catalog.all()).containsOnlyKeys("samplemap", "spawn_area");
    }

    @Test
    void aMalformedMapInTheDirectoryFailsNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("broken.tmj"), "{\"width\": 8, \"layers\": [");
        MapCatalog catalog = catalog(Optional.of(dir.toString()));
        assertThatThrownBy(catalog::load).isInstanceOf(MapLoadException.class).hasMessageContaining("broken.tmj");
    }

    @Test
    void aBlankDirectorySettingIsIgnored() {
        MapCatalog catalog = catalog(Optional.of("  "));
        catalog.load();
        assertThat(catalog.all()).containsOnlyKeys("samplemap", "spawn_area", "arena");
    }

    @Test
    void anUnreadableDirectoryFailsNamingIt() {
        Path missing = dir.resolve("nope");
        MapCatalog catalog = catalog(Optional.of(missing.toString()));
        assertThatThrownBy(catalog::load).isInstanceOf(MapLoadException.class).hasMessageContaining(missing.toString());
    }
}
