package se.kontaktman.reminder.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.rules.RuleProfile;

/**
 * A case's deadlines as of a day: the stages reached that have not been published yet, in the order
 * they were reached, and the next day a stage falls due. Publishing, marking as published and
 * storing are the caller's, in that order, so that a crash between them publishes a stage again
 * (with the same id) rather than never.
 */
public final class Evaluation {

    public record Outcome(List<StageChange> toPublish, Optional<LocalDate> nextTransitionOn) {
    }

    private Evaluation() {
    }

    public static Outcome of(CaseFile file, RuleProfile profile, StaffLookup staff, LocalDate today) {
        List<StageChange> changes = new ArrayList<>();
        LocalDate next = null;
        for (Occurrence occurrence : DeadlineRules.of(file, profile, staff, today)) {
            Set<DeadlineStage> published = file.publishedStages(occurrence.rule(), occurrence.occurrence());
            List<Stages.Reached> reached = Stages.reached(occurrence, today, profile);
            for (Stages.Reached stage : reached) {
                if (!published.contains(stage.stage())) {
                    changes.add(change(file, occurrence, stage, reached, staff));
                }
            }
            Optional<LocalDate> upcoming = Stages.nextAfter(occurrence, today, profile);
            if (upcoming.isPresent() && (next == null || upcoming.get().isBefore(next))) {
                next = upcoming.get();
            }
        }
        changes.sort(Comparator.comparing(StageChange::reachedOn));
        return new Outcome(changes, Optional.ofNullable(next));
    }

    private static StageChange change(CaseFile file, Occurrence occurrence, Stages.Reached stage,
                                      List<Stages.Reached> reached, StaffLookup staff) {
        DeadlineStage told = switch (stage.stage()) {
            case MET, CANCELLED -> reached.stream().map(Stages.Reached::stage)
                    .filter(s -> s == DeadlineStage.OVERDUE || s == DeadlineStage.ESCALATED)
                    .reduce((first, later) -> later).orElse(DeadlineStage.UPCOMING);
            default -> stage.stage();
        };
        int daysOverdue = switch (stage.stage()) {
            case OVERDUE, ESCALATED, CANCELLED -> Stages.daysOverdue(occurrence, stage.on());
            case MET -> Stages.daysOverdue(occurrence, occurrence.metOn());
            default -> 0;
        };
        return new StageChange(file.caseId(), file.staffGroupId(), occurrence.rule(), occurrence.occurrence(),
                stage.stage(), stage.on(), occurrence.dueOn(), occurrence.responsible(),
                escalatedTo(told, file.staffGroupId(), occurrence.responsible(), staff),
                stage.stage() == DeadlineStage.MET ? occurrence.metOn() : null, daysOverdue,
                stage.stage() == DeadlineStage.CANCELLED ? occurrence.cancellationReason() : null);
    }

    /** Overdue: the group's planners; escalated: its area manager as well. Not those responsible anyway. */
    private static List<String> escalatedTo(DeadlineStage stage, String group, List<String> responsible,
                                            StaffLookup staff) {
        Set<String> told = new LinkedHashSet<>();
        if (stage == DeadlineStage.OVERDUE || stage == DeadlineStage.ESCALATED) {
            told.addAll(staff.plannersOf(group));
        }
        if (stage == DeadlineStage.ESCALATED) {
            staff.areaManagerOf(group).ifPresent(told::add);
        }
        told.removeAll(responsible);
        return List.copyOf(told);
    }
}
