package se.kontaktman.reporting.overviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;
import se.kontaktman.reporting.ReportingRule;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.MonthlyKeyFigures;
import se.kontaktman.reporting.api.Overviews.ContactPersonOverview;
import se.kontaktman.reporting.api.Overviews.StaffGroupOverview;
import se.kontaktman.reporting.figures.AsOf;
import se.kontaktman.reporting.form.KeyFiguresPdf;
import se.kontaktman.reporting.form.PlanDocumentationPdf;
import se.kontaktman.reporting.form.PlanDocumentationSheet;

/**
 * The overviews over HTTP, each as JSON ({@code Accept: application/json}, the default) or CSV
 * ({@code Accept: text/csv}); a contact person's also as the "Dokumentation Genomförandeplan" form
 * ({@code Accept: application/pdf}); an area's monthly figures also as a PDF report. Every one takes
 * {@code asOf} (what was known by the end of
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

    @Access(rule = "own-or-planned-clients", value = {Who.SELF, Who.PLANNER_OF_STAFF, Who.MANAGER_OF_STAFF})
    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactPersonOverview contactPerson(@PathVariable String staffId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        LocalDate date,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        LocalDate asOf) {
        return reports.contactPerson(Ids.require("staffId", staffId), asOf(date, asOf));
    }

    @Access(rule = "own-or-planned-clients", value = {Who.SELF, Who.PLANNER_OF_STAFF, Who.MANAGER_OF_STAFF})
    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = CSV)
    ResponseEntity<byte[]> contactPersonCsv(@PathVariable String staffId,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ContactPersonOverview overview = contactPerson(staffId, date, asOf);
        return download(Tables.contactPerson(overview), CSV_UTF8, "kontaktman-" + staffId + ".csv");
    }

    @Access(rule = "own-or-planned-clients", value = {Who.SELF, Who.PLANNER_OF_STAFF, Who.MANAGER_OF_STAFF})
    @GetMapping(path = "/contact-persons/{staffId}/clients", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> contactPersonForms(@PathVariable String staffId,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<PlanDocumentationSheet> sheets = reports.sheets(Ids.require("staffId", staffId), asOf(date, asOf));
        return download(PlanDocumentationPdf.render(sheets),
                MediaType.APPLICATION_PDF, "dokumentation-genomforandeplan-" + staffId + ".pdf");
    }

    @Access(rule = "planned-group", value = {Who.PLANNER_OF_GROUP, Who.MANAGER_OF_GROUP})
    @GetMapping(path = "/staff-groups/{staffGroupId}/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    StaffGroupOverview staffGroup(@PathVariable String staffGroupId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate date,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf) {
        return reports.staffGroup(Ids.require("staffGroupId", staffGroupId), asOf(date, asOf));
    }

    @Access(rule = "planned-group", value = {Who.PLANNER_OF_GROUP, Who.MANAGER_OF_GROUP})
    @GetMapping(path = "/staff-groups/{staffGroupId}/cases", produces = CSV)
    ResponseEntity<byte[]> staffGroupCsv(@PathVariable String staffGroupId,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return download(Tables.staffGroup(staffGroup(staffGroupId, date, asOf)), CSV_UTF8,
                "personalgrupp-" + staffGroupId + ".csv");
    }

    @Access(rule = "own-area", value = {Who.MANAGER_OF_AREA, Who.PLANNER_IN_AREA})
    @GetMapping(path = "/areas/{areaId}/key-figures", produces = MediaType.APPLICATION_JSON_VALUE)
    AreaKeyFigures area(@PathVariable String areaId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                        LocalDate asOf) {
        return reports.area(Ids.require("areaId", areaId), asOf(date, asOf));
    }

    @Access(rule = "own-area", value = {Who.MANAGER_OF_AREA, Who.PLANNER_IN_AREA})
    @GetMapping(path = "/areas/{areaId}/key-figures", produces = CSV)
    ResponseEntity<byte[]> areaCsv(@PathVariable String areaId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate date,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asOf) {
        AreaKeyFigures figures = area(areaId, date, asOf);
        return download(Tables.keyFigures(List.of(figures)), CSV_UTF8, "nyckeltal-" + areaId + ".csv");
    }

    @Access(rule = "own-area", value = {Who.MANAGER_OF_AREA, Who.PLANNER_IN_AREA})
    @GetMapping(path = "/areas/{areaId}/key-figures/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    MonthlyKeyFigures monthly(@PathVariable String areaId,
                              @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                              @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf) {
        Ids.require("areaId", areaId);
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw new Refusal(ReportingRule.MONTHS_IN_ORDER, "from",
                    "must not be after 'to', and the period at most five years");
        }
        LocalDate known = asOf(null, asOf).knownAsOf();
        return reports.monthly(areaId, from, to, known);
    }

    @Access(rule = "own-area", value = {Who.MANAGER_OF_AREA, Who.PLANNER_IN_AREA})
    @GetMapping(path = "/areas/{areaId}/key-figures/monthly", produces = CSV)
    ResponseEntity<byte[]> monthlyCsv(@PathVariable String areaId,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf) {
        MonthlyKeyFigures monthly = monthly(areaId, from, to, asOf);
        return download(Tables.keyFigures(monthly.months()), CSV_UTF8, "nyckeltal-" + areaId + "-per-manad.csv");
    }

    @Access(rule = "own-area", value = {Who.MANAGER_OF_AREA, Who.PLANNER_IN_AREA})
    @GetMapping(path = "/areas/{areaId}/key-figures/monthly", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> monthlyPdf(@PathVariable String areaId,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                      @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf) {
        return download(KeyFiguresPdf.render(monthly(areaId, from, to, asOf)), MediaType.APPLICATION_PDF,
                "nyckeltal-" + areaId + "-per-manad.pdf");
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
