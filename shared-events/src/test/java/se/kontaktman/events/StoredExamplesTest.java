package se.kontaktman.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every version of every event ever published keeps a stored example under
 * {@code examples/<Name>.v<version>.json}. They must keep parsing and keep matching their
 * schema: a subscriber that stored such a record yesterday must be able to read it tomorrow.
 */
class StoredExamplesTest {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    static Stream<EventCatalog.Entry> contracts() {
        return EventCatalog.entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void storedExampleStillParsesIntoItsRecord(EventCatalog.Entry contract) throws IOException {
        byte[] value = example(contract);

        PublishedEvent<IntegrationEvent> decoded = codec.decode(value);

        assertThat(decoded.event()).isInstanceOf(contract.javaType());
        assertThat(decoded.id()).isNotBlank();
        assertThat(decoded.source()).isEqualTo("/kontaktman/" + Topics.publisherOf(contract.topic()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void storedExampleMatchesItsSchema(EventCatalog.Entry contract) throws IOException {
        assertThat(schemas.violations(example(contract))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void reEncodingTheExampleKeepsItValid(EventCatalog.Entry contract) throws IOException {
        PublishedEvent<IntegrationEvent> decoded = codec.decode(example(contract));

        byte[] again = codec.encode(decoded);

        assertThat(schemas.violations(again)).isEmpty();
        assertThat(codec.decode(again)).isEqualTo(decoded);
    }

    private static byte[] example(EventCatalog.Entry contract) throws IOException {
        String file = "/examples/" + contract.name() + ".v" + contract.version() + ".json";
        try (InputStream in = StoredExamplesTest.class.getResourceAsStream(file)) {
            assertThat(in).as("stored example " + file).isNotNull();
            return in.readAllBytes();
        }
    }
}
