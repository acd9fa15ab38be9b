package se.kontaktman.reporting.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.Distribution;
import se.kontaktman.reporting.api.KeyFigures.LateFacts;
import se.kontaktman.reporting.api.KeyFigures.MonthlyKeyFigures;

/** The area's monthly key figures as printed, read back as text. */
class KeyFiguresPdfTest {

    @Test
    void eachMonthIsARowWithItsSharesAndItsOverdueDeadlinesPerRuleInTheOrderStaffReadThem() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(KeyFiguresPdf.render(months(YearMonth.of(2026, 10), 2)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("landscape").isEqualTo(PDRectangle.A4.getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Nyckeltal per månad, Område Norr");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            List<String> lines = new PDFTextStripper().getText(pdf).lines().toList();
            assertThat(lines).contains("Månad Öppna Två kontaktmän Andel Aktuell plan Andel H1 H2 H3 H4 H5 H7 H8 L1 L3");
            // October: 4 open, 3 with both (75 %), 2 current plans (50 %); one H1, two H7 and one L3 overdue.
            assertThat(lines).contains("2026-10 4 3 75 % 2 50 % 1 0 0 0 0 2 0 0 1", "2026-11 5 3 60 % 2 40 % 1 0 0 0 0 2 0 0 1");
        }
    }

    @Test
    void aMonthWithoutOpenCasesHasNoShareRatherThanZeroPercent() throws IOException {
        AreaKeyFigures empty = month(YearMonth.of(2026, 1), 0, 0, null, 0, null, Map.of());
        MonthlyKeyFigures figures = new MonthlyKeyFigures("norr", "Område Norr", YearMonth.of(2026, 1),
                YearMonth.of(2026, 1), LocalDate.of(2026, 2, 1), List.of(empty));
        try (PDDocument pdf = Loader.loadPDF(KeyFiguresPdf.render(figures))) {
            assertThat(new PDFTextStripper().getText(pdf).lines()).contains("2026-01 0 0 – 0 – 0 0 0 0 0 0 0 0 0");
        }
    }

    @Test
    void fiveYearsGoOnFurtherPagesEachWithTheColumnHeadings() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(KeyFiguresPdf.render(months(YearMonth.of(2021, 12), 60)))) {
            int pages = (60 + KeyFiguresPdf.ROWS_PER_PAGE - 1) / KeyFiguresPdf.ROWS_PER_PAGE;
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).contains("Månad Öppna", "Sida " + page + " av " + pages);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("2021-12 4 ", "2026-11 63 ");
        }
    }

    /** {@code count} months from {@code first}, one more case open each month. */
    private static MonthlyKeyFigures months(YearMonth first, int count) {
        List<AreaKeyFigures> months = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int open = 4 + i;
            months.add(month(first.plusMonths(i), open, 3, 3.0 / open, 2, 2.0 / open,
                    Map.of(DeadlineRule.H1, 1, DeadlineRule.H7, 2, DeadlineRule.L3, 1)));
        }
        return new MonthlyKeyFigures("norr", "Område Norr", first, first.plusMonths(count - 1),
                first.plusMonths(count - 1).atEndOfMonth(), months);
    }

    private static AreaKeyFigures month(YearMonth month, int open, int both, Double shareBoth, int current,
                                        Double shareCurrent, Map<DeadlineRule, Integer> overdue) {
        Distribution none = new Distribution(0, null, null);
        return new AreaKeyFigures("norr", "Område Norr", month.atEndOfMonth(), month.atDay(1), month.atEndOfMonth(),
                open, both, shareBoth, current, shareCurrent, none, none, overdue, Map.of(), List.of(),
                new LateFacts(0, List.of()), new LateFacts(0, List.of()));
    }
}
