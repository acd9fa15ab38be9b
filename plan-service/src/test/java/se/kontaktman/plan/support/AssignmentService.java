package se.kontaktman.plan.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.platform.testing.EmbeddedServers;

/**
 * Puts on Kafka what assignment-service would publish, as CloudEvents on its real topics, with
 * ids unique to the test: a staff group, its planner and three care-staff members.
 */
public final class AssignmentService implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String area = "area-" + suffix;
    public final String manager = "karin-" + suffix;
    public final String group = "grp-" + suffix;
    public final String planner = "per-" + suffix;
    public final String anna = "anna-" + suffix;
    public final String bertil = "bertil-" + suffix;
    public final String cecilia = "cecilia-" + suffix;

    /** Publishing to the shared embedded broker. */
    public AssignmentService() {
        this(EmbeddedServers.kafka().bootstrapServers());
    }

    public AssignmentService(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public AssignmentService defineOrganisation() {
        publish(new StaffMemberDefined(manager, "Karin Lund", Set.of(StaffRole.AREA_MANAGER), null, true));
        publish(new AreaDefined(area, "Norra", manager));
        publish(new StaffGroupDefined(group, area, "Solbacken", "0486-331 00"));
        publish(new StaffMemberDefined(planner, "Per Planerare", Set.of(StaffRole.PLANNER), group, true));
        publish(new StaffMemberDefined(anna, "Anna Berg", Set.of(StaffRole.CARE_STAFF), group, true));
        publish(new StaffMemberDefined(bertil, "Bertil Ek", Set.of(StaffRole.CARE_STAFF), group, true));
        publish(new StaffMemberDefined(cecilia, "Cecilia Holm", Set.of(StaffRole.CARE_STAFF), group, true));
        return this;
    }

    /** A case with anna as ordinarie and bertil as ersättare; returns its id. */
    public String openCaseWithContactPersons(CareProfile profile, LocalDate start) {
        String caseId = UUID.randomUUID().toString();
        publish(new CaseOpened(caseId, group, profile, start));
        publish(new ContactPersonAssigned(caseId, group, ContactRole.PRIMARY, anna, start, null));
        publish(new ContactPersonAssigned(caseId, group, ContactRole.SUBSTITUTE, bertil, start, null));
        return caseId;
    }

    public void closeCase(String caseId, LocalDate on) {
        publish(new CaseClosed(caseId, group, on, CaseClosureReason.SERVICE_ENDED));
    }

    public RecordMetadata publishAt(Instant time, IntegrationEvent event) {
        return send(codec.toRecord(new PublishedEvent<>(UUID.randomUUID().toString(),
                "/kontaktman/assignment-service", time, event)));
    }

    /** @return the CloudEvent id, to publish the same event again */
    public String publish(IntegrationEvent event) {
        return publish(UUID.randomUUID().toString(), Instant.now(), event);
    }

    public String publish(String id, Instant time, IntegrationEvent event) {
        send(codec.toRecord(new PublishedEvent<>(id, "/kontaktman/assignment-service", time, event)));
        return id;
    }

    /** @return where the record landed, to wait until a consumer has read past it */
    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
    }

    /** Waits until the consumer group has committed an offset past the record. */
    public static void awaitConsumed(String groupId, RecordMetadata record, Duration timeout) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedServers.kafka().bootstrapServers()))) {
            Awaitility.await().atMost(timeout).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
