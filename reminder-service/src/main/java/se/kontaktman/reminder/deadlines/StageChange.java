package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.reminder.CancellationReason;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;

/** A stage a deadline has reached and that is to be published, with who is told. */
public record StageChange(String caseId, String staffGroupId, DeadlineRule rule, String occurrence,
                          DeadlineStage stage, LocalDate reachedOn, LocalDate dueOn, List<String> responsible,
                          List<String> escalatedTo, LocalDate metOn, int daysOverdue,
                          CancellationReason cancellationReason) {
}
