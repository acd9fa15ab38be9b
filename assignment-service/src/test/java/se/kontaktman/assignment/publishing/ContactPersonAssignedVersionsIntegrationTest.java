package se.kontaktman.assignment.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.events.BackdatingReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCatalog;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.platform.consuming.IncomingEvents;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ContactPersonAssigned} has a v2, and v1 is in its deprecation period: every assignment is
 * published in both versions. A subscriber built before v2 existed (its catalogue has only v1
 * types, and it knows nothing of {@code supersededby}) still gets every assignment, once; a reader
 * that knows v2 (the suite's own consumers, through {@link IncomingEvents}) gets every assignment
 * once too, as v2, with who assigned and why a date was back-dated.
 */
class ContactPersonAssignedVersionsIntegrationTest extends ServiceIntegrationTest {

    /** The types an old subscriber's copy of shared-events knew: every contract's version 1. */
    private static final Set<String> OLD_CATALOGUE = EventCatalog.entries().stream()
            .filter(entry -> entry.version() == 1).map(EventCatalog.Entry::cloudEventType)
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void anOldSubscriberReadsEveryAssignmentAsV1AndANewReaderEveryAssignmentOnceAsV2() {
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

        // The old subscriber: skips types its catalogue lacks, ignores envelope attributes it does not know.
        EventCodec codec = new EventCodec();
        JsonMapper json = JsonMapper.builder().build();
        List<ContactPersonAssigned> oldSubscriberSaw = records.stream()
                .filter(r -> OLD_CATALOGUE.contains(json.readTree(r.value()).get("type").asString()))
                .map(r -> codec.decode(r.value()).event())
                .filter(ContactPersonAssigned.class::isInstance).map(ContactPersonAssigned.class::cast)
                .toList();
        assertThat(oldSubscriberSaw).containsExactly(
                new ContactPersonAssigned(caseId, org.groupId, ContactRole.PRIMARY, org.anna,
                        LocalDate.of(2026, 11, 2), null),
                new ContactPersonAssigned(caseId, org.groupId, ContactRole.SUBSTITUTE, org.bertil,
                        LocalDate.of(2026, 11, 2), null),
                new ContactPersonAssigned(caseId, org.groupId, ContactRole.SUBSTITUTE, org.cecilia,
                        LocalDate.of(2026, 11, 23), org.bertil));

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

        // Both versions valid by the producers' strict check; distinct ids; the same key; v1 first, marked.
        EventSchemas schemas = new EventSchemas();
        assertThat(records).allSatisfy(r -> assertThat(schemas.violations(r.value())).isEmpty());
        List<PublishedEvent<IntegrationEvent>> all = records.stream().map(r -> codec.decode(r.value())).toList();
        assertThat(all).extracting(PublishedEvent::id).doesNotHaveDuplicates();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).event() instanceof ContactPersonAssignedV2 v2) {
                PublishedEvent<IntegrationEvent> v1 = all.get(i - 1);
                assertThat(v1.event()).isEqualTo(v2.toV1());
                assertThat(v1.supersededBy()).isEqualTo("se.kontaktman.ContactPersonAssigned.v2");
                assertThat(all.get(i).supersededBy()).isNull();
            }
        }
    }
}
