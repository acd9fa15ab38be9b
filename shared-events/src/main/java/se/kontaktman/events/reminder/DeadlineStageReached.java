package se.kontaktman.events.reminder;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.EventContract;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.Topics;

/**
 * A deadline of a case reached a stage. {@code occurrence} names the deadline among the case's
 * deadlines of the same rule (made of dates and ids, never personal data); the CloudEvent id is
 * derived from (case, rule, occurrence, stage), so a stage is published with one id only, however
 * often it is sent. {@code reachedOn} is the date the stage began, which may lie before the day it
 * was published (after downtime, or when the fact arrived late).
 */
@EventContract(name = "DeadlineStageReached", version = 1, topic = Topics.DEADLINES)
public record DeadlineStageReached(String caseId, String staffGroupId, DeadlineRule rule, String occurrence,
                                   DeadlineStage stage, LocalDate reachedOn, LocalDate dueOn,
                                   List<String> responsibleStaffIds, List<String> escalatedToStaffIds,
                                   LocalDate metOn, int daysOverdue, CancellationReason cancellationReason)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId;
    }
}
