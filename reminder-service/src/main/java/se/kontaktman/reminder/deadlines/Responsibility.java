package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFile.AssignmentFact;

/**
 * Who held a contact role when: each assignment from its date until the next one, or until the
 * person left the case's staff group, with nobody in between. A deadline bound to the role is cut
 * where the holder changes: it ends there as REASSIGNED and goes on for the next holder, with the
 * same due date, as an occurrence named after that holder's assignment.
 */
final class Responsibility {

    /** {@code until} is exclusive and null while the span lasts; {@code staffId} null for nobody. */
    private record Span(LocalDate from, LocalDate until, String staffId, String key) {
    }

    private final List<Span> spans = new ArrayList<>();

    /** @param assignments the role's assignments in the order they took effect */
    Responsibility(List<AssignmentFact> assignments, String staffGroupId, StaffLookup staff) {
        spans.add(new Span(LocalDate.MIN, assignments.isEmpty() ? null : assignments.get(0).from(), null, "none"));
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentFact a = assignments.get(i);
            LocalDate until = i + 1 < assignments.size() ? assignments.get(i + 1).from() : null;
            Optional<LocalDate> left = staff.leftGroupOn(a.staffId(), staffGroupId)
                    .filter(day -> !day.isBefore(a.from()) && (until == null || day.isBefore(until)));
            if (left.isPresent()) {
                spans.add(new Span(a.from(), left.get(), a.staffId(), CaseFile.keyOf(a, assignments)));
                spans.add(new Span(left.get(), until, null, "none-" + left.get()));
            } else {
                spans.add(new Span(a.from(), until, a.staffId(), CaseFile.keyOf(a, assignments)));
            }
        }
    }

    /** The assignment in force on the day, if its staff member had not left the group by then. */
    static Optional<AssignmentFact> heldOn(List<AssignmentFact> assignments, LocalDate day, String staffGroupId,
                                           StaffLookup staff) {
        AssignmentFact held = null;
        for (AssignmentFact a : assignments) {
            if (!a.from().isAfter(day)) {
                held = a;
            }
        }
        if (held == null) {
            return Optional.empty();
        }
        Optional<LocalDate> left = staff.leftGroupOn(held.staffId(), staffGroupId);
        return left.isPresent() && !left.get().isAfter(day) ? Optional.empty() : Optional.of(held);
    }

    /**
     * A deadline that runs from {@code startsOn} to {@code dueOn} and is met on {@code metOn} (null
     * while not met), cut into one occurrence per holder of the role while it runs.
     */
    List<Occurrence> bind(DeadlineRule rule, String name, LocalDate startsOn, LocalDate dueOn, LocalDate metOn) {
        LocalDate metEffective = metOn == null ? null : (metOn.isBefore(startsOn) ? startsOn : metOn);
        List<Occurrence> cut = new ArrayList<>();
        for (Span span : spans) {
            if (span.until() != null && !span.until().isAfter(startsOn)) {
                continue;
            }
            LocalDate from = span.from().isAfter(startsOn) ? span.from() : startsOn;
            if (metEffective != null && metEffective.isBefore(from)) {
                break;
            }
            Occurrence occurrence = Occurrence.open(rule, name + "~" + span.key(),
                    span.staffId() == null ? List.of() : List.of(span.staffId()), from, dueOn);
            // Met on the day the role changes hands: by the one who held it that morning.
            if (metEffective != null && (span.until() == null || !metEffective.isAfter(span.until()))) {
                cut.add(occurrence.endedBy(metEffective, Occurrence.Ending.MET, metOn));
                break;
            }
            if (span.until() == null) {
                cut.add(occurrence);
                break;
            }
            cut.add(occurrence.endedBy(span.until(), Occurrence.Ending.REASSIGNED, null));
        }
        return cut;
    }
}
