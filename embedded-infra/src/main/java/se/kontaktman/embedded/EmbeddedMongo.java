package se.kontaktman.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

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
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final int requestedPort;
    private InetSocketAddress address;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.requestedPort = port;
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
        return new EmbeddedMongo(new DurableH2Backend(dataFile.toAbsolutePath().toString()), port);
    }

    /** A server whose data lives only as long as it runs; for tests. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), 0);
    }

    public synchronized EmbeddedMongo start() {
        if (address == null) {
            server.bind("127.0.0.1", requestedPort == 0 ? EmbeddedKafka.freePort() : requestedPort);
            address = server.getLocalAddress();
            log.info("MongoDB-wire server listening on {}", connectionString());
        }
        return this;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public synchronized void close() {
        if (address != null) {
            server.shutdownNow();
            address = null;
        }
    }
}
