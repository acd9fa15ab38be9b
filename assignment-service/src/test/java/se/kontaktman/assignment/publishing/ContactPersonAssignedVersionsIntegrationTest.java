package se.kontaktman.assignment.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.networknt.schema.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TopicReader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ContactPersonAssigned} has a v2, and v1 is in its deprecation period: every assignment is
 * published in both versions, with one id. A subscriber built before v2 existed (shared-events as
 * of cd49f49: its types, its schemas, its own reading of the JSON, kept under
 * {@code before-v2/}) still gets every assignment, once; a reader that knows v2 (the suite's own
 * consumers, through {@link IncomingEvents}) gets every assignment once too, as v2, with who
 * assigned and why a date was back-dated; and the first, upgraded to the second and reading from
 * the beginning again, finds nothing new.
 */
class ContactPersonAssignedVersionsIntegrationTest extends ServiceIntegrationTest {

    @Test
    void anOldSubscriberReadsEveryAssignmentAsV1AndANewReaderEveryAssignmentOnceAsV2() throws IOException {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        Http.Response opened = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(),
                "name", "Tyra Testsson", "staffGroupId", org.groupId, "careProfile", "HOME_CARE",
                "startDate", "2026-11-02"), as(org.plannerId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asString();
        Map<String, String> backdated = new HashMap<>(Map.of("primaryStaffId", org.anna,
                "substituteStaffId", org.bertil, "effectiveFrom", "2026-11-02", "backdatingReason", "MIGRATION"));
        assertThat(http.put("/cases/" + caseId + "/contact-persons", backdated, as(org.plannerId)).status())
                .isEqualTo(204);
        assertThat(http.put("/cases/" + caseId + "/contact-persons/substitute",
                Map.of("staffId", org.cecilia, "effectiveFrom", "2026-11-23"), as(org.plannerId)).status())
                .isEqualTo(204);

        List<ConsumerRecord<String, byte[]>> records;
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            records = reader.awaitRecords(r -> caseId.equals(r.key()), 7, Duration.ofSeconds(60));
        }
        assertThat(records).hasSize(7);

        // The old subscriber, given every record twice (delivery is at least once).
        SubscriberBeforeV2 old = new SubscriberBeforeV2();
        records.forEach(old::read);
        records.forEach(old::read);
        assertThat(old.assignments).containsExactly(
                new AssignmentAsReadBeforeV2(caseId, org.groupId, "PRIMARY", org.anna, LocalDate.of(2026, 11, 2), null),
                new AssignmentAsReadBeforeV2(caseId, org.groupId, "SUBSTITUTE", org.bertil,
                        LocalDate.of(2026, 11, 2), null),
                new AssignmentAsReadBeforeV2(caseId, org.groupId, "SUBSTITUTE", org.cecilia,
                        LocalDate.of(2026, 11, 23), org.bertil));
        assertThat(old.skippedTypes).containsOnly("se.kontaktman.ContactPersonAssigned.v2").hasSize(6);

        // The suite's consumers: every assignment once, as v2.
        IncomingEvents incoming = new IncomingEvents();
        List<PublishedEvent<IntegrationEvent>> read = records.stream().map(incoming::readIfKnown)
                .flatMap(Optional::stream).toList();
        List<ContactPersonAssignment> assignments = read.stream().map(PublishedEvent::event)
                .filter(ContactPersonAssignment.class::isInstance).map(ContactPersonAssignment.class::cast).toList();
        assertThat(assignments).containsExactly(
                new ContactPersonAssignedV2(caseId, org.groupId, ContactRole.PRIMARY, org.anna,
                        LocalDate.of(2026, 11, 2), null, org.plannerId, BackdatingReason.MIGRATION),
                new ContactPersonAssignedV2(caseId, org.groupId, ContactRole.SUBSTITUTE, org.bertil,
                        LocalDate.of(2026, 11, 2), null, org.plannerId, BackdatingReason.MIGRATION),
                new ContactPersonAssignedV2(caseId, org.groupId, ContactRole.SUBSTITUTE, org.cecilia,
                        LocalDate.of(2026, 11, 23), org.bertil, org.plannerId, null));

        // The old subscriber upgraded, reading from the beginning again: every event's id is one it has.
        assertThat(read).extracting(PublishedEvent::id).allMatch(old.seenIds::contains);

        // Both versions valid by the producers' strict check; one id per occurrence; v1 first, marked.
        EventSchemas schemas = new EventSchemas();
        assertThat(records).allSatisfy(r -> assertThat(schemas.violations(r.value())).isEmpty());
        EventCodec codec = new EventCodec();
        List<PublishedEvent<IntegrationEvent>> all = records.stream().map(r -> codec.decode(r.value())).toList();
        assertThat(all.stream().map(PublishedEvent::id).distinct()).hasSize(4);
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).event() instanceof ContactPersonAssignedV2 v2) {
                PublishedEvent<IntegrationEvent> v1 = all.get(i - 1);
                assertThat(v1.event()).isEqualTo(v2.toV1());
                assertThat(v1.id()).isEqualTo(all.get(i).id());
                assertThat(v1.supersededBy()).isEqualTo("se.kontaktman.ContactPersonAssigned.v2");
                assertThat(all.get(i).supersededBy()).isNull();
            }
        }
    }

    /** An assignment as a subscriber's own code before v2 held it: no shared-events classes. */
    record AssignmentAsReadBeforeV2(String caseId, String staffGroupId, String role, String staffId,
                                    LocalDate effectiveFrom, String replacedStaffId) {
    }

    /**
     * A subscriber as it was written against shared-events before v2: it knows the types and
     * schemas of that time ({@code before-v2/}), checks every record it knows against them strictly,
     * skips the types it does not know, reads the JSON into its own record (ignoring fields it does
     * not know, as the contract asks) and keeps the ids it has seen.
     */
    private static final class SubscriberBeforeV2 {

        private static final String ASSIGNED = "se.kontaktman.ContactPersonAssigned.v1";

        private final Set<String> knownTypes;
        private final EventSchemas loader = new EventSchemas();
        private final Schema envelope = loader.schema("/before-v2/cloudevent-envelope.schema.json");
        private final Map<String, Schema> dataSchemas = Map.of(
                "se.kontaktman.CaseOpened.v1", loader.schema("/before-v2/CaseOpened.v1.schema.json"),
                ASSIGNED, loader.schema("/before-v2/ContactPersonAssigned.v1.schema.json"));
        private final JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        final Set<String> seenIds = new HashSet<>();
        final List<AssignmentAsReadBeforeV2> assignments = new ArrayList<>();
        final List<String> skippedTypes = new ArrayList<>();

        SubscriberBeforeV2() throws IOException {
            try (InputStream types = getClass().getResourceAsStream("/before-v2/event-types.txt")) {
                knownTypes = Set.copyOf(new String(types.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }

        void read(ConsumerRecord<String, byte[]> record) {
            JsonNode event = json.readTree(record.value());
            String type = event.get("type").asString();
            if (!knownTypes.contains(type)) {
                skippedTypes.add(type);
                return;
            }
            assertThat(envelope.validate(event)).as("the envelope as the old subscriber checks it").isEmpty();
            assertThat(dataSchemas.get(type).validate(event.get("data"))).as("%s's data", type).isEmpty();
            if (seenIds.add(event.get("id").asString()) && ASSIGNED.equals(type)) {
                assignments.add(json.treeToValue(event.get("data"), AssignmentAsReadBeforeV2.class));
            }
        }
    }
}
