package se.kontaktman.reporting.overviews;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import se.kontaktman.events.ContactRole;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.MonthlyKeyFigures;
import se.kontaktman.reporting.api.Overviews.CaseRow;
import se.kontaktman.reporting.api.Overviews.ClientRow;
import se.kontaktman.reporting.api.Overviews.ContactPersonOverview;
import se.kontaktman.reporting.api.Overviews.OverdueItem;
import se.kontaktman.reporting.api.Overviews.PlanStatus;
import se.kontaktman.reporting.api.Overviews.StaffGroupOverview;
import se.kontaktman.reporting.api.Overviews.YearChecks;
import se.kontaktman.reporting.figures.AreaFigures;
import se.kontaktman.reporting.figures.AsOf;
import se.kontaktman.reporting.figures.CaseStatus;
import se.kontaktman.reporting.form.PlanDocumentationSheet;
import se.kontaktman.reporting.organisation.Directory;
import se.kontaktman.reporting.projection.CaseHistory;
import se.kontaktman.reporting.projection.Fact;
import se.kontaktman.reporting.projection.ProjectionCache;
import se.kontaktman.rules.RuleProfile;

/** The overviews and figures, from the projection that answers, in memory. */
@Component
class Reports {

    private final ProjectionCache projection;
    private final RuleProfiles profiles;

    Reports(ProjectionCache projection, RuleProfiles profiles) {
        this.projection = projection;
        this.profiles = profiles;
    }

    ProjectionCache.Loaded answering() {
        return projection.required();
    }

    ContactPersonOverview contactPerson(String staffId, AsOf asOf) {
        ProjectionCache.Loaded loaded = answering();
        Directory directory = loaded.directory();
        List<ClientRow> rows = clientsOf(loaded, staffId, asOf).stream()
                .map(status -> clientRow(status, staffId, directory)).toList();
        return new ContactPersonOverview(staffId, directory.nameOf(staffId), asOf.date(), asOf.knownAsOf(), rows);
    }

    /** The contact person's forms, one per client, in the order of their overview. */
    List<PlanDocumentationSheet> sheets(String staffId, AsOf asOf) {
        ProjectionCache.Loaded loaded = answering();
        Directory directory = loaded.directory();
        return clientsOf(loaded, staffId, asOf).stream().map(status -> sheet(status, directory, asOf)).toList();
    }

    /** The open cases where the staff member is ordinarie (first) or ersättare, each by case id. */
    private static List<CaseStatus> clientsOf(ProjectionCache.Loaded loaded, String staffId, AsOf asOf) {
        List<CaseStatus> clients = new ArrayList<>();
        for (CaseStatus status : openCases(loaded.casesOfContactPerson(staffId), asOf)) {
            if (status.hasContactPerson(staffId)) {
                clients.add(status);
            }
        }
        clients.sort(Comparator.comparing((CaseStatus status) -> !staffId.equals(status.primary()))
                .thenComparing(CaseStatus::caseId));
        return clients;
    }

    StaffGroupOverview staffGroup(String staffGroupId, AsOf asOf) {
        ProjectionCache.Loaded loaded = answering();
        Directory directory = loaded.directory();
        Directory.Group group = directory.group(staffGroupId)
                .orElseThrow(() -> new NotFoundException("staff group", staffGroupId));
        List<CaseRow> rows = new ArrayList<>();
        for (CaseStatus status : openCases(loaded.casesOfGroups(List.of(staffGroupId)), asOf)) {
            if (staffGroupId.equals(status.staffGroupId())) {
                RuleProfile profile = profiles.of(status.careProfile(), staffGroupId);
                PlanStatus plan = !status.hasPlan() ? PlanStatus.NONE
                        : status.currentPlan(profile) ? PlanStatus.CURRENT : PlanStatus.NOT_CURRENT;
                rows.add(new CaseRow(status.caseId(), status.careProfile(), status.openedOn(), status.primary(),
                        directory.nameOf(status.primary()), status.substitute(), directory.nameOf(status.substitute()),
                        plan, status.firstPlanOn(), status.followUpDueBy(profile), overdue(status)));
            }
        }
        rows.sort(Comparator.comparing(CaseRow::openedOn).thenComparing(CaseRow::caseId));
        return new StaffGroupOverview(staffGroupId, group.name(), asOf.date(), asOf.knownAsOf(), rows);
    }

    AreaKeyFigures area(String areaId, AsOf asOf, LocalDate periodFrom) {
        ProjectionCache.Loaded loaded = answering();
        Directory directory = loaded.directory();
        Directory.Area area = directory.area(areaId).orElseThrow(() -> new NotFoundException("area", areaId));
        List<String> groups = directory.groupsOf(areaId);
        return AreaFigures.of(areaId, area.name(), new HashSet<>(groups), loaded.casesOfGroups(groups), asOf,
                periodFrom, profiles);
    }

    /** For a day: its month so far is the period of the flow figures. */
    AreaKeyFigures area(String areaId, AsOf asOf) {
        return area(areaId, asOf, asOf.date().withDayOfMonth(1));
    }

    MonthlyKeyFigures monthly(String areaId, YearMonth from, YearMonth to, LocalDate knownAsOf) {
        ProjectionCache.Loaded loaded = answering();
        Directory.Area area = loaded.directory().area(areaId)
                .orElseThrow(() -> new NotFoundException("area", areaId));
        List<AreaKeyFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && !month.atDay(1).isAfter(knownAsOf);
             month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(knownAsOf) ? knownAsOf : month.atEndOfMonth();
            months.add(area(areaId, new AsOf(end, knownAsOf), month.atDay(1)));
        }
        return new MonthlyKeyFigures(areaId, area.name(), from, to, knownAsOf, months);
    }

    private static List<CaseStatus> openCases(List<CaseHistory> cases, AsOf asOf) {
        List<CaseStatus> open = new ArrayList<>();
        for (CaseHistory history : cases) {
            CaseStatus status = CaseStatus.of(history, asOf);
            if (status.open()) {
                open.add(status);
            }
        }
        return open;
    }

    private ClientRow clientRow(CaseStatus status, String staffId, Directory directory) {
        RuleProfile profile = profiles.of(status.careProfile(), status.staffGroupId());
        ContactRole role = staffId.equals(status.primary()) ? ContactRole.PRIMARY : ContactRole.SUBSTITUTE;
        LocalDate booked = status.followUpBookedFor();
        return new ClientRow(status.caseId(), role, status.staffGroupId(),
                directory.groupName(status.staffGroupId()), status.careProfile(), status.visitBookedFor(),
                status.firstVisitOn(), status.firstPlanOn(), status.planVersion(), status.planVersionOn(),
                status.lastFollowUpOn(), booked != null ? booked : status.followUpDueBy(profile),
                yearChecks(status), overdue(status),
                status.countedLate().stream().map(fact -> AreaFigures.lateFact(status.caseId(), fact)).toList());
    }

    /** The checks by year: a window starting in the first half of the year is April/May's, else October/November's. */
    private static List<YearChecks> yearChecks(CaseStatus status) {
        Map<Integer, LocalDate[]> byYear = new TreeMap<>();
        status.checksByWindowStart().forEach((windowStart, checkedOn) -> {
            LocalDate start = LocalDate.ofEpochDay(windowStart);
            LocalDate[] columns = byYear.computeIfAbsent(start.getYear(), year -> new LocalDate[2]);
            columns[start.getMonth().compareTo(Month.JULY) < 0 ? 0 : 1] = LocalDate.ofEpochDay(checkedOn);
        });
        List<YearChecks> checks = new ArrayList<>();
        byYear.forEach((year, columns) -> checks.add(new YearChecks(year, columns[0], columns[1])));
        return checks;
    }

    private static List<OverdueItem> overdue(CaseStatus status) {
        return status.overdue().stream()
                .map(item -> new OverdueItem(item.rule(), item.dueOn(), item.daysOverdue(), item.escalated()))
                .toList();
    }

    private static PlanDocumentationSheet sheet(CaseStatus status, Directory directory, AsOf asOf) {
        List<PlanDocumentationSheet.Signed> scheduled = new ArrayList<>();
        List<PlanDocumentationSheet.Signed> extensive = new ArrayList<>();
        for (Fact followUp : status.followUps()) {
            PlanDocumentationSheet.Signed signed = new PlanDocumentationSheet.Signed(followUp.onDate(),
                    directory.nameOf(followUp.ref()));
            (CaseStatus.isExtensiveChange(followUp) ? extensive : scheduled).add(signed);
        }
        return new PlanDocumentationSheet(status.caseId(), directory.groupName(status.staffGroupId()),
                directory.nameOf(status.primary()), directory.nameOf(status.substitute()), status.firstPlanOn(),
                yearChecks(status).stream().map(year -> new PlanDocumentationSheet.SeasonalCheck(year.year(),
                        year.aprilMay(), year.octoberNovember())).toList(),
                scheduled, extensive, asOf.knownAsOf());
    }
}
