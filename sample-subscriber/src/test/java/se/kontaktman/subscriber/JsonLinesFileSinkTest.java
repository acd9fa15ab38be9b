package se.kontaktman.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseOpened;

class JsonLinesFileSinkTest {

    @TempDir
    Path dir;

    @Test
    void writesAnIdOnceWithinABatchAndAcrossRestarts() throws Exception {
        Path file = dir.resolve("out.jsonl");
        PublishedEvent<IntegrationEvent> a = opened();
        PublishedEvent<IntegrationEvent> b = opened();
        try (JsonLinesFileSink sink = new JsonLinesFileSink(file)) {
            assertThat(sink.write(List.of(a, a, b))).isEqualTo(2);
            assertThat(sink.write(List.of(b))).isZero();
        }
        try (JsonLinesFileSink sink = new JsonLinesFileSink(file)) {
            assertThat(sink.size()).isEqualTo(2);
            assertThat(sink.write(List.of(a, b, opened()))).isEqualTo(1);
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void cutsOffALineLeftIncompleteByACrash() throws Exception {
        Path file = dir.resolve("out.jsonl");
        PublishedEvent<IntegrationEvent> a = opened();
        try (JsonLinesFileSink sink = new JsonLinesFileSink(file)) {
            sink.write(List.of(a));
        }
        String complete = Files.readString(file);
        Files.writeString(file, "{\"id\":\"half-writ", StandardOpenOption.APPEND);

        try (JsonLinesFileSink sink = new JsonLinesFileSink(file)) {
            assertThat(sink.size()).isEqualTo(1);
        }
        assertThat(Files.readString(file)).isEqualTo(complete);
    }

    @Test
    void refusesAFileItCannotReadTheIdsOf() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.writeString(file, "something else\n");
        assertThatThrownBy(() -> new JsonLinesFileSink(file)).isInstanceOf(IllegalStateException.class);
    }

    private static PublishedEvent<IntegrationEvent> opened() {
        return new PublishedEvent<>(UUID.randomUUID().toString(), "/kontaktman/assignment-service", Instant.now(),
                new CaseOpened(UUID.randomUUID().toString(), "solbacken", CareProfile.HOME_CARE, LocalDate.now()));
    }
}
