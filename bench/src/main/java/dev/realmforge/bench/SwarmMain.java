package dev.realmforge.bench;

/** {@code bin/swarm}: runs the swarm with the options given and prints the summary. */
public final class SwarmMain {

    private SwarmMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 1 && args[0].equals("--help")) {
            System.out.print(SwarmOptions.USAGE);
            return;
        }
        SwarmOptions options;
        try {
            options = SwarmOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Swarm.ensureDirectory(options.reportDir());
        java.util.Map<String, Object> figures = new Swarm(options, System.out::println).run();
        System.out.println();
        System.out.println(new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        System.out.println("Report: " + options.reportDir().resolve("report.json") + ", chart: "
                + options.reportDir().resolve("timeline.png"));
    }
}
