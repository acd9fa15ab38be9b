package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.reminder.CancellationReason;
import se.kontaktman.events.reminder.DeadlineRule;

/**
 * One deadline of a case: by which rule, named among the case's deadlines of that rule
 * ({@code occurrence}, dates and ids only), for whom, from when, by when, and how it ended. A
 * deadline that moves to another contact person ends here (REASSIGNED) and goes on as another
 * occurrence with the same due date, so that each occurrence has one responsible person.
 *
 * @param responsible who is to meet it: the contact person, none, or for H1 the group's planners
 * @param startsOn    from when it runs; stages due before are reached on this day
 * @param endsOn      when it was met or stopped; null while it runs
 * @param metOn       when it was met, which may lie before {@code startsOn}; null unless met
 */
public record Occurrence(DeadlineRule rule, String occurrence, List<String> responsible, LocalDate startsOn,
                         LocalDate dueOn, LocalDate endsOn, Ending ending, LocalDate metOn) {

    public enum Ending { MET, CASE_CLOSED, REASSIGNED, NO_LONGER_APPLIES }

    public Occurrence {
        responsible = List.copyOf(responsible);
    }

    public boolean isOpen() {
        return endsOn == null;
    }

    /** Why it stopped, for a deadline that stopped without being met; null otherwise. */
    public CancellationReason cancellationReason() {
        if (ending == null) {
            return null;
        }
        return switch (ending) {
            case CASE_CLOSED -> CancellationReason.CASE_CLOSED;
            case REASSIGNED -> CancellationReason.REASSIGNED;
            case NO_LONGER_APPLIES -> CancellationReason.NO_LONGER_APPLIES;
            case MET -> null;
        };
    }

    static Occurrence open(DeadlineRule rule, String occurrence, List<String> responsible, LocalDate startsOn,
                           LocalDate dueOn) {
        return new Occurrence(rule, occurrence, responsible, startsOn, dueOn, null, null, null);
    }

    /** Ends at the earlier of its present end and {@code on}. */
    Occurrence endedBy(LocalDate on, Ending why, LocalDate met) {
        if (endsOn != null && !on.isBefore(endsOn)) {
            return this;
        }
        return new Occurrence(rule, occurrence, responsible, startsOn, dueOn, on, why, why == Ending.MET ? met : null);
    }
}
