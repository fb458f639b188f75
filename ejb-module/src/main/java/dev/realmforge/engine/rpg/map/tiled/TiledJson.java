package dev.realmforge.engine.rpg.map.tiled;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The subset of Tiled's JSON format that Realmforge reads. Unknown fields are ignored. */
final class TiledJson {

    private TiledJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Map(String type, String orientation, Boolean infinite, Integer width, Integer height,
               Integer tilewidth, Integer tileheight, List<Layer> layers, List<TilesetRef> tilesets,
               List<Property> properties) {
    }

    /** A tile layer ({@code data}) or an object group ({@code objects}); groups nest {@code layers}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Layer(String type, String name, Boolean visible, Integer width, Integer height, JsonNode data,
                 String encoding, String compression, List<MapObject> objects, List<Layer> layers,
                 List<Property> properties) {
    }

    /** Tiled 1.9 calls the object's kind {@code class}; 1.8 and 1.10 call it {@code type}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MapObject(Integer id, String name, String type, @com.fasterxml.jackson.annotation.JsonProperty("class") String clazz,
                     Integer gid, Double x, Double y, Double width, Double height, Boolean point,
                     List<Property> properties) {

        String kind() {
            return type != null && !type.isEmpty() ? type : clazz;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TilesetRef(Integer firstgid, String source, Integer tilecount, List<Tile> tiles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tileset(Integer tilecount, List<Tile> tiles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tile(Integer id, List<Property> properties) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Property(String name, String type, JsonNode value) {
    }
}
