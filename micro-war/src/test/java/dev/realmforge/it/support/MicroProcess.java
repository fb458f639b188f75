package dev.realmforge.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro started as a plain process, for tests that must stop and restart the server
 * (Arquillian owns its container's lifecycle). Deploys the packaged WAR at the context root.
 */
public final class MicroProcess implements AutoCloseable {

    private static final String REGISTER_PER_IP = "realmforge.auth.register.per-ip";

    private final Process process;
    private final int port;

    private MicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    private static final String H2_CLASS = "org.h2.jdbcx.JdbcDataSource";

    /**
     * The database of the integration tests when it is a server (PostgreSQL in the second stage of
     * bin/test), otherwise an H2 file of this process's own in {@code dataDir}. The H2 URL leaves
     * out {@code WRITE_DELAY=0} on purpose, like an operator's own URL might: the server must make
     * commits durable by itself (ServerRestartsIT).
     */
    private static String databaseUrl(Path dataDir) {
        String configured = System.getProperty("realmforge.it.db-url", "");
        if (!System.getProperty("realmforge.it.db-class", H2_CLASS).equals(H2_CLASS) && !configured.isBlank()) {
            return configured;
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("realmforge") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Starts a server on the tests' database (see {@link #databaseUrl}); returns once HTTP answers.
     * {@code systemProperties} are extra {@code -Dkey=value} settings.
     */
    public static MicroProcess start(Path dataDir, Path log, String... systemProperties)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1", // C1 only: starts in half the CPU time, and tests need no peak speed
                "-Drealmforge.auth.pbkdf2-iterations=1024", // cheap hashes, as on the shared server (micro-war/pom.xml)
                "-Drealmforge.db.url=" + databaseUrl(dataDir),
                "-Drealmforge.db.datasource-class=" + System.getProperty("realmforge.it.db-class", H2_CLASS),
                "-Drealmforge.db.user=" + System.getProperty("realmforge.it.db-user", "realmforge"),
                "-Drealmforge.db.password=" + System.getProperty("realmforge.it.db-password", "realmforge"),
                "-Drealmforge.admin.username=" + System.getProperty("realmforge.it.admin-username"),
                "-Drealmforge.admin.password=" + System.getProperty("realmforge.it.admin-password"),
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("realmforge.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast", "--shutdowngrace", "3000",
                "--prebootcommandfile", System.getProperty("realmforge.preboot")));
        if (Arrays.stream(systemProperties).noneMatch(p -> p.startsWith(REGISTER_PER_IP + "="))) {
            command.add(1, "-D" + REGISTER_PER_IP + "=100000"); // the tests register many players from 127.0.0.1
        }
        for (String property : systemProperties) {
            command.add(1, "-D" + property);
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        MicroProcess micro = new MicroProcess(process, port);
        try {
            micro.awaitHttp(Duration.ofSeconds(180));
        } catch (AssertionError | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        return micro;
    }

    public URL url() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the JVM outright (SIGKILL), as a crash would: no shutdown hook runs. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Sends SIGTERM, as a process manager would, and waits for the JVM to exit. */
    public void stopGracefully() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Payara Micro did not stop within 60 s of SIGTERM");
        }
    }

    private void awaitHttp(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited with " + process.exitValue());
            }
            try {
                int status = client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 401 || status == 400) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not answer within " + limit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
