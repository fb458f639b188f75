package dev.realmforge.engine.rpg.map;

/** The one setting every rpg part that cuts a map into chunks reads, with its one default. */
public final class ChunkSize {

    /** Tiles per side of a chunk. */
    public static final String KEY = "realmforge.world.chunk-size";
    public static final String DEFAULT = "16";

    private ChunkSize() {
    }
}
