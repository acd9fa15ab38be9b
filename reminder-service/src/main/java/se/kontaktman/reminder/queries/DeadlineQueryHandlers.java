package se.kontaktman.reminder.queries;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFiles;
import se.kontaktman.reminder.deadlines.DeadlineRules;
import se.kontaktman.reminder.deadlines.Occurrence;
import se.kontaktman.reminder.deadlines.Stages;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.CaseDeadlines;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.DeadlineView;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfCaseQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffMemberQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindPlanChecksOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.PlanCheckWindow;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.Standing;
import se.kontaktman.reminder.organisation.Organisation;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * Answers the deadline queries beside the case files: the deadlines are worked out from a case's
 * facts as of the day asked about, so a look-ahead shows where each will stand then. Cases are
 * found by staff member or group through the documents keyed by their ids.
 */
@Component
class DeadlineQueryHandlers {

    private final CaseFiles files;
    private final Organisation organisation;
    private final RuleProfiles profiles;

    DeadlineQueryHandlers(CaseFiles files, Organisation organisation, RuleProfiles profiles) {
        this.files = files;
        this.organisation = organisation;
        this.profiles = profiles;
    }

    @QueryHandler
    List<DeadlineView> handle(FindDeadlinesOfStaffMemberQuery query) {
        Collection<CaseFile> cases = files.load(files.casesOfStaff(List.of(query.staffId()))).values();
        Stream<CaseFile> withPlannerDuties = organisation.staffGroupOf(query.staffId())
                .filter(group -> organisation.isPlannerOf(query.staffId(), group))
                .map(group -> files.load(files.casesOfGroup(group)).values().stream())
                .orElse(Stream.empty());
        return running(Stream.concat(cases.stream(), withPlannerDuties).distinct(), query.asOf(), query.dueFrom(),
                query.dueTo()).filter(view -> view.responsibleStaffIds().contains(query.staffId())).toList();
    }

    @QueryHandler
    List<DeadlineView> handle(FindDeadlinesOfStaffGroupQuery query) {
        return running(files.load(files.casesOfGroup(query.staffGroupId())).values().stream(), query.asOf(),
                query.dueFrom(), query.dueTo()).toList();
    }

    @QueryHandler
    Optional<CaseDeadlines> handle(FindDeadlinesOfCaseQuery query) {
        return Optional.ofNullable(files.load(List.of(query.caseId())).get(query.caseId()))
                .filter(CaseFile::isKnown)
                .map(file -> new CaseDeadlines(file.caseId(), file.staffGroupId(), file.contactPersonsOn(query.asOf()),
                        views(file, query.asOf()).toList()));
    }

    @QueryHandler
    PlanCheckWindow handle(FindPlanChecksOfStaffGroupQuery query) {
        List<CaseFile> cases = files.load(files.casesOfGroup(query.staffGroupId())).values().stream()
                .filter(CaseFile::isKnown).toList();
        // The checks are a home-care step: the group's home-care profile says when its windows are.
        CheckWindow.Dated window = windowOf(profiles.of(CareProfile.HOME_CARE, query.staffGroupId()), query.asOf());
        String name = "check-" + window.start() + "~";
        List<DeadlineView> checks = cases.stream().flatMap(file -> views(file, query.asOf()))
                .filter(view -> view.rule() == DeadlineRule.H5 && view.occurrence().startsWith(name)
                        && view.standing() != Standing.CANCELLED)
                .toList();
        List<DeadlineView> unchecked = checks.stream().filter(view -> view.standing() != Standing.MET)
                .sorted(Comparator.comparing(DeadlineView::caseId)).toList();
        return new PlanCheckWindow(query.staffGroupId(), window.start(), window.end(),
                checks.size() - unchecked.size(), unchecked);
    }

    /** The window of the day, or the first one after it. */
    private static CheckWindow.Dated windowOf(RuleProfile profile, LocalDate day) {
        return profile.checkWindowOn(day).orElseGet(() -> Stream.of(day.getYear(), day.getYear() + 1)
                .flatMap(year -> profile.planCheckWindows().stream().map(window -> window.in(year)))
                .filter(window -> window.start().isAfter(day)).min(Comparator.comparing(CheckWindow.Dated::start))
                .orElseThrow());
    }

    private Stream<DeadlineView> running(Stream<CaseFile> cases, LocalDate asOf, LocalDate dueFrom, LocalDate dueTo) {
        return cases.filter(CaseFile::isKnown).flatMap(file -> views(file, asOf))
                .filter(view -> view.standing() != Standing.MET && view.standing() != Standing.CANCELLED)
                .filter(view -> dueFrom == null || !view.dueOn().isBefore(dueFrom))
                .filter(view -> dueTo == null || !view.dueOn().isAfter(dueTo))
                .sorted(Comparator.comparing(DeadlineView::dueOn).thenComparing(DeadlineView::caseId));
    }

    private Stream<DeadlineView> views(CaseFile file, LocalDate asOf) {
        RuleProfile profile = profileOf(file);
        return DeadlineRules.of(file, profile, organisation, asOf).stream()
                .filter(occurrence -> !occurrence.startsOn().isAfter(asOf) || occurrence.isOpen())
                .map(occurrence -> view(file, occurrence, Stages.reached(occurrence, asOf, profile), asOf));
    }

    private static DeadlineView view(CaseFile file, Occurrence occurrence, List<Stages.Reached> reached,
                                     LocalDate asOf) {
        Standing standing = reached.isEmpty() ? Standing.PENDING
                : Standing.valueOf(reached.get(reached.size() - 1).stage().name());
        if (standing == Standing.PENDING && occurrence.endsOn() != null && !occurrence.endsOn().isAfter(asOf)) {
            standing = Standing.CANCELLED; // ended before anyone was reminded
        }
        int daysOverdue = switch (standing) {
            case OVERDUE, ESCALATED -> Stages.daysOverdue(occurrence, asOf);
            case MET -> Stages.daysOverdue(occurrence, occurrence.metOn());
            default -> 0;
        };
        boolean cancelled = standing == Standing.CANCELLED;
        return new DeadlineView(file.caseId(), file.staffGroupId(), occurrence.rule(), occurrence.occurrence(),
                standing, occurrence.startsOn(), occurrence.dueOn(), occurrence.responsible(), daysOverdue,
                occurrence.metOn(), cancelled ? occurrence.cancellationReason() : null);
    }

    private RuleProfile profileOf(CaseFile file) {
        return profiles.of(file.careProfile(), file.staffGroupId());
    }
}
