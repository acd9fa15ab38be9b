package se.kontaktman.reporting.overviews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.Distribution;
import se.kontaktman.reporting.api.KeyFigures.PlanCheckProgress;
import se.kontaktman.reporting.api.Overviews.CaseRow;
import se.kontaktman.reporting.api.Overviews.ClientRow;
import se.kontaktman.reporting.api.Overviews.ContactPersonOverview;
import se.kontaktman.reporting.api.Overviews.OverdueItem;
import se.kontaktman.reporting.api.Overviews.StaffGroupOverview;
import se.kontaktman.reporting.api.Overviews.YearChecks;

/**
 * The overviews as CSV for a spreadsheet in Swedish: headings in Swedish, ';' between fields and a
 * decimal comma (as Excel reads them with Swedish settings), UTF-8 with a byte-order mark, dates
 * ISO. Written by Apache Commons CSV, which quotes what needs quoting.
 */
final class Tables {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final String[] CLIENT_HEADINGS = {"Ärende", "Roll", "Personalgrupp", "Insats enligt",
            "Hembesök bokat", "Hembesök gjort", "Genomförandeplan upprättad", "Version", "Versionens datum",
            "Senaste uppföljning", "Nästa uppföljning", "Kontroller April/Maj", "Kontroller Okt/Nov", "Försenat",
            "Registrerat i efterhand"};
    private static final String[] CASE_HEADINGS = {"Ärende", "Insats enligt", "Startdatum", "Kontaktman 1",
            "Kontaktman 2", "Genomförandeplan", "Upprättad", "Följs upp senast", "Försenat"};

    private Tables() {
    }

    static byte[] contactPerson(ContactPersonOverview overview) {
        return write(CLIENT_HEADINGS, overview.clients().stream().map(Tables::clientRow).toList());
    }

    static byte[] staffGroup(StaffGroupOverview overview) {
        return write(CASE_HEADINGS, overview.cases().stream().map(Tables::caseRow).toList());
    }

    /** One row per day or month. */
    static byte[] keyFigures(List<AreaKeyFigures> rows) {
        List<String> headings = new ArrayList<>(List.of("Område", "Datum", "Perioden från", "Kända uppgifter per",
                "Öppna ärenden", "Med två kontaktmän", "Andel med två kontaktmän (%)", "Med aktuell genomförandeplan",
                "Andel med aktuell genomförandeplan (%)", "Dagar utseende–hembesök, antal",
                "Dagar utseende–hembesök, median", "Dagar utseende–hembesök, 90:e percentil",
                "Dagar hembesök–genomförandeplan, antal", "Dagar hembesök–genomförandeplan, median",
                "Dagar hembesök–genomförandeplan, 90:e percentil"));
        for (DeadlineRule rule : DeadlineRule.values()) {
            headings.add("Försenade " + rule);
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            headings.add("Klara för sent " + rule);
        }
        headings.addAll(List.of("Kontroll av planer", "Kontrollerade", "Planer att kontrollera",
                "Registrerat i efterhand", "Kända först senare"));
        List<List<Object>> values = new ArrayList<>();
        for (AreaKeyFigures figures : rows) {
            List<Object> row = new ArrayList<>(List.of(figures.areaName(), figures.date(), figures.periodFrom(),
                    figures.knownAsOf(), figures.openCases(), figures.withBothContactPersons(),
                    percent(figures.shareWithBothContactPersons()), figures.withCurrentPlan(),
                    percent(figures.shareWithCurrentPlan())));
            addDistribution(row, figures.daysAppointmentToVisit());
            addDistribution(row, figures.daysVisitToPlan());
            for (DeadlineRule rule : DeadlineRule.values()) {
                row.add(figures.overdueByRule().get(rule));
            }
            for (DeadlineRule rule : DeadlineRule.values()) {
                row.add(figures.metLateByRule().get(rule));
            }
            row.add(figures.planChecks().stream().map(check -> check.windowStart() + "–" + check.windowEnd())
                    .collect(Collectors.joining(", ")));
            row.add(figures.planChecks().stream().mapToInt(PlanCheckProgress::checked).sum());
            row.add(figures.planChecks().stream().mapToInt(PlanCheckProgress::plans).sum());
            row.add(figures.countedLate().count());
            row.add(figures.learnedLater().count());
            values.add(row);
        }
        return write(headings.toArray(String[]::new), values);
    }

    private static List<Object> clientRow(ClientRow row) {
        return List.of(row.caseId(), row.role() == ContactRole.PRIMARY ? "Ordinarie" : "Ersättare",
                row.staffGroupName(), profile(row.careProfile()), text(row.introductionVisitBookedFor()),
                text(row.introductionVisitHeldOn()), text(row.planEstablishedOn()), row.planVersion(),
                text(row.planVersionOn()), text(row.lastFollowUpOn()), text(row.nextFollowUp()),
                row.checks().stream().filter(year -> year.aprilMay() != null).map(YearChecks::aprilMay)
                        .map(Object::toString).collect(Collectors.joining(", ")),
                row.checks().stream().filter(year -> year.octoberNovember() != null).map(YearChecks::octoberNovember)
                        .map(Object::toString).collect(Collectors.joining(", ")),
                overdue(row.overdue()), row.countedLate().size());
    }

    private static List<Object> caseRow(CaseRow row) {
        return List.of(row.caseId(), profile(row.careProfile()), text(row.openedOn()), text(row.primaryName()),
                text(row.substituteName()), switch (row.planStatus()) {
                    case NONE -> "Saknas";
                    case CURRENT -> "Aktuell";
                    case NOT_CURRENT -> "Inte uppföljd i tid";
                }, text(row.planEstablishedOn()), text(row.followUpDueBy()), overdue(row.overdue()));
    }

    private static String overdue(List<OverdueItem> items) {
        return items.stream().map(item -> item.rule() + " " + item.daysOverdue() + " dagar (senast " + item.dueOn()
                + ")").collect(Collectors.joining(", "));
    }

    private static String profile(CareProfile profile) {
        return profile == CareProfile.LSS ? "LSS" : "Hemtjänst";
    }

    private static void addDistribution(List<Object> row, Distribution distribution) {
        row.add(distribution.count());
        row.add(distribution.median() == null ? "" : decimal(distribution.median()));
        row.add(distribution.p90() == null ? "" : distribution.p90());
    }

    private static String percent(Double share) {
        return share == null ? "" : decimal(share * 100);
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] write(String[] headings, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // so that Excel reads it as UTF-8; before the headings the printer writes
            CSVPrinter printer = new CSVPrinter(writer, FORMAT.builder().setHeader(headings).get());
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
