package se.kontaktman.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.embedded.EmbeddedMongo;

/**
 * One real Kafka broker and one MongoDB-wire server for the whole test JVM; each Spring context
 * gets a database of its own, so test classes do not see each other's data.
 */
public final class EmbeddedServers {

    private static EmbeddedKafka kafka;
    private static EmbeddedMongo mongo;

    private EmbeddedServers() {
    }

    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            try {
                Path dir = Files.createTempDirectory("kontaktman-test-kafka");
                kafka = new EmbeddedKafka(dir, 0).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
        }
        return kafka;
    }

    public static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongo.inMemory().start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo;
    }
}
