package se.kontaktman.reporting.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.reporting.api.KeyFigures.AreaKeyFigures;
import se.kontaktman.reporting.api.KeyFigures.MonthlyKeyFigures;

/**
 * An area's key figures per month as a report to print or file (A4 landscape): one row per month,
 * with the shares of H1 and H4 and the overdue deadlines per rule, as the monthly CSV has them.
 * Long periods continue on further pages, the column headings repeated.
 */
public final class KeyFiguresPdf {

    static final String TITLE = "Nyckeltal per månad";
    /** The rules in the order staff read them (H before L), not the enum's storage order. */
    static final List<DeadlineRule> RULES = List.of(DeadlineRule.H1, DeadlineRule.H2, DeadlineRule.H3,
            DeadlineRule.H4, DeadlineRule.H5, DeadlineRule.H7, DeadlineRule.H8, DeadlineRule.L1, DeadlineRule.L3);
    static final String EXPLANATION = "Varje månad som den stod sista dagen (eller den dag uppgifterna är kända per,"
            + " om den är tidigare). Andel: av öppna ärenden. Försenade: moment försenade den dagen, per regel.";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float LEFT = 40;
    private static final float RIGHT = PAGE.getWidth() - LEFT;
    private static final float TOP = PAGE.getHeight() - 40;
    private static final float BOTTOM = 50;
    private static final float ROW = 16;
    /** What fits between the heading and the legend and footer: a year and a year's half fit on a page. */
    static final int ROWS_PER_PAGE = 24;
    private static final float HEADER_FILL = 0.9f;
    private static final float GREY = 0.4f;

    private KeyFiguresPdf() {
    }

    public static byte[] render(MonthlyKeyFigures figures) {
        Objects.requireNonNull(figures, "figures");
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(TITLE + ", " + figures.areaName());
            document.getDocumentCatalog().setLanguage(PlanDocumentationPdf.LANGUAGE);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PdfText writing = new PdfText(regular);
            List<String[]> rows = new ArrayList<>();
            for (AreaKeyFigures month : figures.months()) {
                rows.add(row(month));
            }
            int perPage = ROWS_PER_PAGE;
            int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
            for (int page = 0; page < pages; page++) {
                PDPage pdfPage = new PDPage(PAGE);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    Page drawing = new Page(content, regular, bold, writing);
                    float y = drawing.heading(figures);
                    drawing.table(rows.subList(page * perPage, Math.min(rows.size(), (page + 1) * perPage)), y);
                    drawing.footer(page + 1, pages);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + TITLE + " as PDF", e);
        }
    }

    static String[] header() {
        List<String> header = new ArrayList<>(List.of("Månad", "Öppna", "Två kontaktmän", "Andel", "Aktuell plan",
                "Andel"));
        RULES.forEach(rule -> header.add(rule.name()));
        return header.toArray(String[]::new);
    }

    static String[] row(AreaKeyFigures month) {
        List<String> row = new ArrayList<>(List.of(month.date().toString().substring(0, 7),
                String.valueOf(month.openCases()), String.valueOf(month.withBothContactPersons()),
                percent(month.shareWithBothContactPersons()), String.valueOf(month.withCurrentPlan()),
                percent(month.shareWithCurrentPlan())));
        for (DeadlineRule rule : RULES) {
            row.add(String.valueOf(month.overdueByRule() == null ? 0 : month.overdueByRule().getOrDefault(rule, 0)));
        }
        return row.toArray(String[]::new);
    }

    private static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    /** One page being drawn; y values are baselines, falling down the page. */
    private record Page(PDPageContentStream content, PDFont regular, PDFont bold, PdfText writing) {

        float heading(MonthlyKeyFigures figures) throws IOException {
            text(bold, 16, LEFT, TOP - 14, TITLE + ", " + figures.areaName());
            text(regular, 10, LEFT, TOP - 32, figures.from() + " – " + figures.to() + ", uppgifter kända per "
                    + figures.knownAsOf());
            float y = TOP - 48;
            for (String line : writing.wrap(regular, 9, EXPLANATION, RIGHT - LEFT, 2)) {
                text(regular, 9, LEFT, y, line);
                y -= 11;
            }
            return y - 6;
        }

        void table(List<String[]> rows, float top) throws IOException {
            String[] header = header();
            // The month and the two counted columns are wider; the rules' columns share what is left.
            float[] widths = new float[header.length];
            float fixed = 0;
            float[] wide = {60, 45, 85, 45, 75, 45};
            for (int column = 0; column < wide.length; column++) {
                widths[column] = wide[column];
                fixed += wide[column];
            }
            for (int column = wide.length; column < header.length; column++) {
                widths[column] = (RIGHT - LEFT - fixed) / RULES.size();
            }
            fill(LEFT, top - ROW, RIGHT - LEFT, ROW);
            cells(header, widths, top - 11, bold);
            float y = top - ROW;
            for (String[] row : rows) {
                cells(row, widths, y - 11, regular);
                line(LEFT, y, RIGHT, y);
                y -= ROW;
            }
            line(LEFT, top, RIGHT, top);
            line(LEFT, y, RIGHT, y);
            float baseline = y - 12;
            for (String line : writing.wrap(regular, 8, "Försenade, per regel: " + rules(), RIGHT - LEFT, 2)) {
                text(regular, 8, LEFT, baseline, line);
                baseline -= 10;
            }
        }

        void footer(int page, int pages) throws IOException {
            text(regular, 8, LEFT, BOTTOM - 20, "Sida " + page + " av " + pages);
        }

        private void cells(String[] values, float[] widths, float baseline, PDFont font) throws IOException {
            float x = LEFT;
            for (int column = 0; column < values.length; column++) {
                text(font, 9, x + 3, baseline, writing.fit(font, 9, values[column], widths[column] - 6));
                x += widths[column];
            }
        }

        private static String rules() {
            return "H1 två kontaktmän, H2 första hembesöket, H3 genomförandeplan, H4 uppföljning, H5 kontroll"
                    + " april/maj och okt/nov, H7 riskbedömning, H8 återlämning av hjälpmedel, L1 ankomstsamtal,"
                    + " L3 genomförandeplansmöte.";
        }

        private void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
            String printable = writing.fit(font, size, text, RIGHT - x);
            if (printable.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(font == regular && size < 9 ? GREY : 0);
            content.newLineAtOffset(x, baseline);
            content.showText(printable);
            content.endText();
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            content.setStrokingColor(0f);
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private void fill(float x, float y, float width, float height) throws IOException {
            content.setNonStrokingColor(HEADER_FILL);
            content.addRect(x, y, width, height);
            content.fill();
        }
    }
}
