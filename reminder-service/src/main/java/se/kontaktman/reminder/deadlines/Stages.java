package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.rules.RuleProfile;

/**
 * When a deadline reaches each stage: upcoming the profile's notice before the due date, due on
 * it, overdue the day after, escalated the profile's further time later; then met, or cancelled.
 * A deadline met stops there; one that begins late (it moved to another contact person after its
 * due date) starts at the stage it has reached, on its first day. Cancelled is reached only by a
 * deadline someone was told of: one that moved before anyone was reminded ends silently.
 */
public final class Stages {

    /** A stage and the day it began. */
    public record Reached(DeadlineStage stage, LocalDate on) {
    }

    private Stages() {
    }

    /** The stages reached by {@code today}, in order. */
    public static List<Reached> reached(Occurrence occurrence, LocalDate today, RuleProfile profile) {
        List<Reached> reached = new ArrayList<>();
        for (Reached timed : timed(occurrence, profile)) {
            if ((occurrence.endsOn() == null || timed.on().isBefore(occurrence.endsOn())) && !timed.on().isAfter(today)) {
                reached.add(timed);
            }
        }
        if (occurrence.endsOn() != null && !occurrence.endsOn().isAfter(today)) {
            if (occurrence.ending() == Occurrence.Ending.MET) {
                reached.add(new Reached(DeadlineStage.MET, occurrence.endsOn()));
            } else if (!reached.isEmpty()) {
                reached.add(new Reached(DeadlineStage.CANCELLED, occurrence.endsOn()));
            }
        }
        return reached;
    }

    /**
     * The first day after {@code today} on which the deadline reaches a stage: a time-driven one
     * before it ends, or its end (met or stopped on a later day, as a deadline looked at as of a
     * past day can be).
     */
    public static Optional<LocalDate> nextAfter(Occurrence occurrence, LocalDate today, RuleProfile profile) {
        LocalDate ends = occurrence.endsOn();
        return Stream.concat(timed(occurrence, profile).stream().map(Reached::on)
                                .filter(on -> ends == null || on.isBefore(ends)),
                        Stream.ofNullable(ends))
                .filter(on -> on.isAfter(today)).min(LocalDate::compareTo);
    }

    /** Days after the due date, on a day; 0 on or before it. */
    public static int daysOverdue(Occurrence occurrence, LocalDate on) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(occurrence.dueOn(), on));
    }

    /** The time-driven stages, each on its day; those due before the deadline began collapse into its first day. */
    private static List<Reached> timed(Occurrence occurrence, RuleProfile profile) {
        LocalDate due = occurrence.dueOn();
        List<Reached> planned = List.of(
                new Reached(DeadlineStage.UPCOMING, due.minus(profile.remindBefore())),
                new Reached(DeadlineStage.DUE, due),
                new Reached(DeadlineStage.OVERDUE, due.plusDays(1)),
                new Reached(DeadlineStage.ESCALATED, due.plusDays(1).plus(profile.escalateAfter())));
        List<Reached> timed = new ArrayList<>();
        Reached standing = null;
        for (Reached stage : planned) {
            if (stage.on().isAfter(occurrence.startsOn())) {
                timed.add(stage);
            } else {
                standing = new Reached(stage.stage(), occurrence.startsOn());
            }
        }
        if (standing != null) {
            timed.add(0, standing);
        }
        return timed;
    }
}
