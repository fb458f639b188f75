package dev.realmforge.bench.map;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark map: {@code java -cp realmforge-bench-all.jar
 * dev.realmforge.bench.map.FieldsMapMain <dir> [size] [npcs]} creates {@code <dir>/fields.tmj}
 * (320 tiles and 300 NPCs unless told otherwise). The directory also needs the bundled
 * {@code terrain.tsj}; {@code bin/bench-server} copies it there.
 */
public final class FieldsMapMain {

    private FieldsMapMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: FieldsMapMain <dir> [size, multiple of 16] [npc count]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 320;
        int npcs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        FieldsMap map = FieldsMap.generate(size, npcs, 7);
        Path file = dir.resolve("fields.tmj");
        TmjWriter.write(map, file);
        System.out.println("wrote " + file + ": " + size + " x " + size + " tiles, " + npcs + " NPCs");
    }
}
