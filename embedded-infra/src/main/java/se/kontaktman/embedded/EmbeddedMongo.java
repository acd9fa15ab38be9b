package se.kontaktman.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server inside this JVM, standing in for MongoDB where no mongod can
 * be installed. With a data file its contents survive restarts; without one it is in memory.
 *
 * <p>It has no sessions and no transactions, so services talking to it run with Mongo
 * transactions off (see each service's {@code *.mongo.transactions} property).
 *
 * <p>It can be stopped and started again on the same port: clients see it go away as a real
 * server does (connections closed, then refused) and come back. On disk it comes back with its
 * data; in memory it comes back empty.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final Supplier<MongoBackend> backends;
    /** Chosen once, so that a restarted server is where its clients look for it. */
    private final int port;
    private MongoServer server;
    private InetSocketAddress address;

    private EmbeddedMongo(Supplier<MongoBackend> backends, int port) {
        this.backends = backends;
        this.port = port == 0 ? EmbeddedKafka.freePort() : port;
    }

    /**
     * A server that keeps its data in one file (H2 MVStore), created if missing; every answered
     * write is in the file before the answer goes ({@link DurableH2Backend}).
     */
    public static EmbeddedMongo onDisk(Path dataFile, int port) {
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = dataFile.toAbsolutePath().toString();
        // A stopped server has closed its file; a new backend opens it again with what it held.
        return new EmbeddedMongo(() -> new DurableH2Backend(file), port);
    }

    /** A server whose data lives only as long as it runs; for tests. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(MemoryBackend::new, 0);
    }

    public synchronized EmbeddedMongo start() {
        if (address == null) {
            server = new MongoServer(backends.get());
            server.bind("127.0.0.1", port);
            address = server.getLocalAddress();
            log.info("MongoDB-wire server listening on {}", connectionString());
        }
        return this;
    }

    /**
     * Stops as a server that goes away: open connections are closed, new ones refused, and the
     * data file closed (every answered write is in it). {@link #start()} brings it back.
     */
    public synchronized void stop() {
        if (address != null) {
            server.shutdownNow();
            server = null;
            address = null;
            log.info("MongoDB-wire server on port {} stopped", port);
        }
    }

    public synchronized boolean isRunning() {
        return address != null;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
