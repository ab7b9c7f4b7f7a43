package diplograph.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j 5 Community server for diplograph's integration tests.
 *
 * <p>Bolt listens on 127.0.0.1:PORT (PORT 0: a free port, chosen here), the HTTP server is
 * off, authentication is on and the password of the user {@code neo4j} is set to
 * {@code $NEO4J_PASSWORD} (read from the environment, so it never appears in a process
 * listing). Once Bolt accepts connections it prints {@code READY bolt://127.0.0.1:PORT} and,
 * if given, writes the same line to READY_FILE. It then runs until SIGTERM/SIGINT, and exits
 * within about 2 s of it. If anything fails before READY it exits with status 1.
 *
 * <p>Usage: {@code Neo4jTestServer PORT WORK_DIR [READY_FILE]}
 */
public final class Neo4jTestServer {
    private Neo4jTestServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Neo4jTestServer PORT WORK_DIR [READY_FILE]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        if (port == 0) {
            // Pick the free port here rather than let Bolt bind port 0: Neo4j must advertise the
            // real port, or clients that use neo4j:// (routing) would be sent to port 0.
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
        }
        Path workDir = Path.of(args[1]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set (8 characters or more)");
            System.exit(2);
        }
        Files.createDirectories(workDir);
        long t0 = System.nanoTime();

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer() // no HTTP: the tests and diplograph speak Bolt only
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                // No "anonymous usage data" reports: a test server talks to 127.0.0.1 only.
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeWithin(neo4j, 2_000)));
        try {
            // Embedded calls run without authentication, so the system database lets us set
            // the password that the Bolt clients must then present.
            neo4j.databaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            int boltPort = neo4j.boltURI().getPort();
            waitForBolt(boltPort);
            String ready = "READY bolt://127.0.0.1:" + boltPort;
            System.out.printf("%s (started in %d ms)%n", ready, (System.nanoTime() - t0) / 1_000_000);
            System.out.flush();
            if (args.length > 2) {
                Files.writeString(Path.of(args[2]), ready + "\n");
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook; Neo4j's own threads would keep us alive
        }
        new CountDownLatch(1).await(); // until SIGTERM/SIGINT runs the shutdown hook
    }

    /**
     * Shuts Neo4j down, but waits at most {@code millis}: Bolt's Netty event loops idle for
     * seconds before they stop, and this throwaway test database needs no graceful goodbye.
     */
    private static void closeWithin(Neo4j neo4j, long millis) {
        Thread closer = new Thread(neo4j::close, "neo4j-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println(closer.isAlive() ? "STOPPED (close timed out)" : "STOPPED");
    }

    /** Waits until a TCP connection to the Bolt port succeeds (at most 30 s). */
    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on port " + port, e);
                }
                Thread.sleep(50);
            }
        }
    }
}
