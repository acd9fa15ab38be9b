package se.kontaktman.reporting.overviews;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.web.Actor;
import se.kontaktman.reporting.ReportingRule;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.MonthlyKeyFigures;
import se.kontaktman.reporting.api.Overviews.ContactPersonOverview;
import se.kontaktman.reporting.api.Overviews.StaffGroupOverview;
import se.kontaktman.reporting.figures.AsOf;
import se.kontaktman.reporting.form.PlanDocumentationPdf;
import se.kontaktman.reporting.organisation.Directory;

/**
 * The overviews over HTTP, each as JSON ({@code Accept: application/json}, the default) or CSV
 * ({@code Accept: text/csv}); a contact person's also as the "Dokumentation Genomförandeplan" form
 * ({@code Accept: application/pdf}). Every one takes {@code asOf} (what was known by the end of
 * that day; today by default) and, where it is about a day, {@code date} (default {@code asOf}).
 */
@RestController
class OverviewController {

    static final String CSV = "text/csv";
    private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Reports reports;
    private final Clock clock;

    OverviewController(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactPersonOverview contactPerson(@Actor String actor, @PathVariable String staffId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        LocalDate date,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        LocalDate asOf) {
        requireClientsVisible(actor, staffId);
        return reports.contactPerson(staffId, asOf(date, asOf));
    }

    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = CSV)
    ResponseEntity<byte[]> contactPersonCsv(@Actor String actor, @PathVariable String staffId,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ContactPersonOverview overview = contactPerson(actor, staffId, date, asOf);
        return download(Tables.contactPerson(overview), CSV_UTF8, "kontaktman-" + staffId + ".csv");
    }

    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> contactPersonForms(@Actor String actor, @PathVariable String staffId,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        requireClientsVisible(actor, staffId);
        return download(PlanDocumentationPdf.render(reports.sheets(staffId, asOf(date, asOf))),
                MediaType.APPLICATION_PDF, "dokumentation-genomforandeplan-" + staffId + ".pdf");
    }

    @GetMapping(path = "/staff-groups/{staffGroupId}/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    StaffGroupOverview staffGroup(@Actor String actor, @PathVariable String staffGroupId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate date,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf) {
        Ids.require("staffGroupId", staffGroupId);
        if (!reports.answering().directory().answersFor(actor, staffGroupId)) {
            throw new Refusal(ReportingRule.PLANNED_GROUP, "staffGroupId",
                    "a staff group's cases are seen by its planners and its area's manager");
        }
        return reports.staffGroup(staffGroupId, asOf(date, asOf));
    }

    @GetMapping(path = "/staff-groups/{staffGroupId}/cases", produces = CSV)
    ResponseEntity<byte[]> staffGroupCsv(@Actor String actor, @PathVariable String staffGroupId,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return download(Tables.staffGroup(staffGroup(actor, staffGroupId, date, asOf)), CSV_UTF8,
                "personalgrupp-" + staffGroupId + ".csv");
    }

    @GetMapping(path = "/areas/{areaId}/key-figures", produces = MediaType.APPLICATION_JSON_VALUE)
    AreaKeyFigures area(@Actor String actor, @PathVariable String areaId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                        LocalDate asOf) {
        requireArea(actor, areaId);
        return reports.area(areaId, asOf(date, asOf));
    }

    @GetMapping(path = "/areas/{areaId}/key-figures", produces = CSV)
    ResponseEntity<byte[]> areaCsv(@Actor String actor, @PathVariable String areaId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate date,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asOf) {
        AreaKeyFigures figures = area(actor, areaId, date, asOf);
        return download(Tables.keyFigures(List.of(figures)), CSV_UTF8, "nyckeltal-" + areaId + ".csv");
    }

    @GetMapping(path = "/areas/{areaId}/key-figures/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    MonthlyKeyFigures monthly(@Actor String actor, @PathVariable String areaId,
                              @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                              @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf) {
        requireArea(actor, areaId);
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw new Refusal(ReportingRule.MONTHS_IN_ORDER, "from",
                    "must not be after 'to', and the period at most five years");
        }
        LocalDate known = asOf(null, asOf).knownAsOf();
        return reports.monthly(areaId, from, to, known);
    }

    @GetMapping(path = "/areas/{areaId}/key-figures/monthly", produces = CSV)
    ResponseEntity<byte[]> monthlyCsv(@Actor String actor, @PathVariable String areaId,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf) {
        MonthlyKeyFigures monthly = monthly(actor, areaId, from, to, asOf);
        return download(Tables.keyFigures(monthly.months()), CSV_UTF8, "nyckeltal-" + areaId + "-per-manad.csv");
    }

    @ExceptionHandler(Reports.ProjectionNotReady.class)
    ResponseEntity<ProblemDetail> notReady(Reports.ProjectionNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Not ready");
        problem.setType(URI.create("urn:se.kontaktman:problem:projection-being-built"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private void requireClientsVisible(String actor, String staffId) {
        Ids.require("staffId", staffId);
        Directory directory = reports.answering().directory();
        boolean allowed = actor.equals(staffId) || directory.staffMember(staffId)
                .map(member -> directory.answersFor(actor, member.staffGroupId())).orElse(false);
        if (!allowed) {
            throw new Refusal(ReportingRule.OWN_OR_PLANNED_CLIENTS, "staffId",
                    "a contact person's clients are seen by them, their group's planner and their area's manager");
        }
    }

    private void requireArea(String actor, String areaId) {
        Ids.require("areaId", areaId);
        Directory directory = reports.answering().directory();
        boolean allowed = directory.isAreaManagerOf(actor, areaId)
                || directory.groupsOf(areaId).stream().anyMatch(group -> directory.isPlannerOf(actor, group));
        if (!allowed) {
            throw new Refusal(ReportingRule.OWN_AREA, "areaId",
                    "an area's figures are seen by its manager and the planners of its groups");
        }
    }

    private AsOf asOf(LocalDate date, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate known = asOf == null ? today : asOf;
        if (known.isAfter(today)) {
            throw new Refusal(ReportingRule.AS_OF_NOT_IN_FUTURE, "asOf", "must not be after today");
        }
        LocalDate day = date == null ? known : date;
        if (day.isAfter(known)) {
            throw new Refusal(ReportingRule.DATE_NOT_AFTER_AS_OF, "date", "must not be after asOf");
        }
        return new AsOf(day, known);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
