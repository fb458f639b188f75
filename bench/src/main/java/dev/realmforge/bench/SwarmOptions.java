package dev.realmforge.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the swarm, each {@code --name value}. Unknown names and bad values fail
 * with a message; {@code --help} prints the list.
 */
public record SwarmOptions(URI server, int bots, Scenario scenario, Duration duration, Duration warmup,
                           int rampPerSecond, String namePrefix, String adminUser, String adminPassword,
                           Duration chatEvery, Path reportDir, String mapId, Long serverPid, boolean fights,
                           String profile, boolean enrols) {

    /** Where the bots start and how they walk. */
    public enum Scenario {
        /** Spread over the open tiles of the map, walking anywhere. */
        SPREAD,
        /** All in one chunk of the map, walking only inside it. */
        CROWD,
        /** Connected and authenticated, doing nothing: for measuring memory per player. */
        IDLE
    }

    static final String USAGE = """
            bin/swarm [--name value ...]
              --url       server base URL                      (http://localhost:8080)
              --bots      number of bots                        (100)
              --scenario  spread | crowd | idle                 (spread)
              --duration  seconds of measured play after warm-up (60)
              --warmup    seconds of play before measuring      (10)
              --ramp      bots connected per second             (50)
              --prefix    bot account name prefix               (bench)
              --admin     staff username:password, to place bots (unset: bots start where new players do)
              --chat      seconds between a bot's chat lines    (20)
              --out       report directory                      (target/swarm)
              --map       map the bots play on (needs --admin)  (samplemap)
              --server-pid server JVM pid, on this machine: its CPU over the measured window, by thread;
                          idle runs force a GC (jcmd) before reading the heap (unset)
              --fight     yes: a walking bot attacks an NPC next to it and stands 3 s (no)
              --profile   the profile whose bots play (bench.<profile>, see SwarmProfile) (rpg)
              --enrol     no: the accounts exist and are placed (an earlier run with this --prefix
                          readied them); the ramp only logs in and opens the socket (yes)
            """;

    public static SwarmOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + name + "'\n" + USAGE);
            }
            values.put(name.substring(2), args[++i]);
        }
        for (String name : values.keySet()) {
            if (USAGE.lines().noneMatch(line -> line.strip().startsWith("--" + name + " "))) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            }
        }
        String admin = values.get("admin");
        String[] credentials = admin == null ? new String[] {null, null} : admin.split(":", 2);
        if (admin != null && credentials.length != 2) {
            throw new IllegalArgumentException("--admin must be username:password");
        }
        SwarmOptions options = new SwarmOptions(
                URI.create(values.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "")),
                positive(values, "bots", 100),
                Scenario.valueOf(values.getOrDefault("scenario", "spread").toUpperCase(java.util.Locale.ROOT)),
                Duration.ofSeconds(positive(values, "duration", 60)),
                Duration.ofSeconds(Integer.parseInt(values.getOrDefault("warmup", "10"))),
                positive(values, "ramp", 50),
                values.getOrDefault("prefix", "bench"),
                credentials[0], credentials[1],
                Duration.ofSeconds(positive(values, "chat", 20)),
                Path.of(values.getOrDefault("out", "target/swarm")),
                values.getOrDefault("map", "samplemap"),
                values.containsKey("server-pid") ? Long.valueOf(values.get("server-pid")) : null,
                yesOrNo(values.getOrDefault("fight", "no"), "fight"),
                values.getOrDefault("profile", "rpg"),
                yesOrNo(values.getOrDefault("enrol", "yes"), "enrol"));
        if (!options.mapId().equals("samplemap") && !options.placesBots()) {
            throw new IllegalArgumentException("--map needs --admin: bots are placed on it by a staff account");
        }
        if (options.warmup().isNegative()) {
            throw new IllegalArgumentException("--warmup cannot be negative");
        }
        return options;
    }

    private static boolean yesOrNo(String value, String name) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be yes or no");
        };
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
        int value = Integer.parseInt(values.getOrDefault(name, Integer.toString(fallback)));
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return value;
    }

    public boolean placesBots() {
        return adminUser != null;
    }
}
