package dev.realmforge.engine.rpg.map;

/** A map file cannot be used; the message names the file and the problem. */
public class MapLoadException extends RuntimeException {

    public MapLoadException(String file, String problem) {
        super("Map " + file + ": " + problem);
    }

    public MapLoadException(String file, String problem, Throwable cause) {
        super("Map " + file + ": " + problem, cause);
    }
}
