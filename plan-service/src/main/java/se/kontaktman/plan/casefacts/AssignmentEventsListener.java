package se.kontaktman.plan.casefacts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssignment;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.organisation.StaffGroupDefined;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseClosedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteRecordsDestroyedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteCaseOpenedCommand;
import se.kontaktman.plan.caseplan.api.CasePlanCommands.NoteContactPersonAssignedCommand;
import se.kontaktman.plan.organisation.OrganisationRecords;
import se.kontaktman.plan.retention.RecordsDestruction;
import se.kontaktman.platform.consuming.IncomingEvents;

/**
 * What plan-service knows of cases and staff, from assignment-service's topics. Every step is
 * idempotent (a case fact is noted once per event id; a staff definition older than the one
 * kept is ignored), so redeliveries and re-orderings change nothing. {@code ContactPersonAssigned}
 * is read in either version: while assignment-service publishes both, the v1 marked as superseded
 * is skipped and its v2 read, so each assignment is noted once. It never calls
 * assignment-service. A record that breaks its contract goes to the dead-letter topic; anything
 * else is retried until it succeeds (service-platform's consuming configuration).
 */
@Component
class AssignmentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(AssignmentEventsListener.class);

    private final IncomingEvents incoming;
    private final CommandGateway commands;
    private final OrganisationRecords organisation;
    private final RecordsDestruction destruction;

    AssignmentEventsListener(IncomingEvents incoming, CommandGateway commands, OrganisationRecords organisation,
                             RecordsDestruction destruction) {
        this.incoming = incoming;
        this.commands = commands;
        this.organisation = organisation;
        this.destruction = destruction;
    }

    @KafkaListener(id = "plan-service-assignment-events", idIsGroup = false, topics = {Topics.CASES, Topics.ORGANISATION})
    void on(ConsumerRecord<String, byte[]> record) {
        // Skips a type this copy of shared-events does not know, and a v1 whose v2 follows.
        PublishedEvent<IntegrationEvent> published = incoming.readIfKnown(record).orElse(null);
        if (published == null) {
            log.debug("Skipped: an unknown type, or an older version of an event read in its newer one, at {}-{}@{}",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        IntegrationEvent event = published.event();
        if (event instanceof CaseOpened e) {
            commands.sendAndWait(new NoteCaseOpenedCommand(e.caseId(), published.id(), e.staffGroupId(),
                    e.careProfile(), e.startDate()));
        } else if (event instanceof ContactPersonAssignment e) {
            commands.sendAndWait(new NoteContactPersonAssignedCommand(e.caseId(), published.id(), e.staffGroupId(),
                    e.role(), e.staffId(), e.effectiveFrom(), published.time()));
        } else if (event instanceof CaseClosed e) {
            commands.sendAndWait(new NoteCaseClosedCommand(e.caseId(), published.id(), e.staffGroupId(),
                    e.closedOn()));
        } else if (event instanceof CaseRecordsDestroyed e) {
            commands.sendAndWait(new NoteRecordsDestroyedCommand(e.caseId(), published.id(), e.destroyedOn()));
            destruction.destroy(e.caseId(), e.destroyedOn());
        } else if (event instanceof StaffMemberDefined e) {
            organisation.apply(e, published.time());
        } else if (event instanceof StaffGroupDefined e) {
            organisation.apply(e, published.time());
        } else if (event instanceof AreaDefined e) {
            organisation.apply(e, published.time());
        } else {
            log.debug("Not needed here: {} {}", published.contract().name(), published.id());
        }
    }
}
