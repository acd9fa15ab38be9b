package se.kontaktman.reporting.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import se.kontaktman.reporting.form.PlanDocumentationSheet.SeasonalCheck;
import se.kontaktman.reporting.form.PlanDocumentationSheet.Signed;

/**
 * The municipality's paper form "Dokumentation Genomförandeplan", prefilled: one A4 page per case,
 * ready to print and to finish by hand (the client's name and personnummer always are).
 */
public final class PlanDocumentationPdf {

    static final String TITLE = "Dokumentation Genomförandeplan";
    static final String LANGUAGE = "sv-SE";

    static final String STAFF_GROUP = "Personalgrupp:";
    static final String CLIENT_NAME = "Brukarens namn:";
    static final String PERSONNUMMER = "Personnummer:";
    static final String HAND_WRITTEN_NOTE = "Fylls i för hand: namn och personnummer finns inte i rapporttjänsten.";
    static final String CONTACT_1 = "Kontaktman 1:";
    static final String CONTACT_2 = "Kontaktman 2:";
    static final String ESTABLISHED = "Genomförandeplan upprättades den:";
    static final String SEASONAL_SENTENCE = "Följande månader ska samtliga Genomförandeplaner kontrolleras för att se"
            + " att de är aktuella samt boka tid för uppföljning";
    static final String YEAR = "År";
    static final String APRIL_MAY = "April/Maj";
    static final String OCTOBER_NOVEMBER = "Okt/Nov";
    static final String FOLLOW_UP = "Uppföljning, datum och signatur:";
    static final String EXTENSIVE_CHANGE = "Övrig uppföljning på grund av omfattande förändring, datum och signatur:";
    /** Label of the line for extensive-change follow-ups in months the form has no column for. */
    static final String OFF_GRID = "April/Maj, Okt/Nov:";
    static final String BINDER_PARAGRAPH = "Denna blankett ska sitta i pärmen ”Dokumentation Genomförandeplan” där"
            + " varje kontaktman ska ha en egen flik med sina blanketter för de brukare som respektive kontaktman har.";
    static final String DISPOSAL_PARAGRAPH = "Vid avslutat ärende slänger du som kontaktman denna blankett i"
            + " sekretesstunnan. Detta är enbart arbetsmaterial och behöver inte sparas.";
    static final String NO_CLIENTS = "Inga brukare att skriva ut.";

    /** The form's columns, in its order; April, May, October and November are checked in the table instead. */
    static final Map<Month, String> MONTH_COLUMNS = monthColumns();

    // Sections are capped so that every sheet fits one page whatever the projection holds.
    static final int MAX_SEASONAL_ROWS = 4;
    static final int MAX_FOLLOW_UP_LINES = 5;
    static final int MAX_STACKED_PER_MONTH = 3;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 56; // about 2 cm, clear of any printer's unprintable edge
    private static final float RIGHT = PAGE.getWidth() - LEFT;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - 50;
    private static final float FOOTER_BASELINE = 36;
    private static final float BODY_BOTTOM = FOOTER_BASELINE + 14;

    private static final float LIGHT = 0.55f; // rules to write on: visible on paper, clearly not text
    private static final float GREY = 0.4f;
    private static final float HEADER_FILL = 0.9f;

    private PlanDocumentationPdf() {
    }

    /** One page per sheet, in the given order; no sheets gives a single page saying so. */
    public static byte[] render(List<PlanDocumentationSheet> sheets) {
        Objects.requireNonNull(sheets, "sheets");
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(TITLE);
            document.getDocumentCatalog().setLanguage(LANGUAGE);
            Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            if (sheets.isEmpty()) {
                try (Sheet page = new Sheet(document, fonts)) {
                    page.noClients();
                }
            }
            for (PlanDocumentationSheet sheet : sheets) {
                try (Sheet page = new Sheet(document, fonts)) {
                    page.draw(Objects.requireNonNull(sheet, "sheet"));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + TITLE + " as PDF", e);
        }
    }

    private static Map<Month, String> monthColumns() {
        Map<Month, String> columns = new EnumMap<>(Month.class);
        columns.put(Month.JANUARY, "Jan");
        columns.put(Month.FEBRUARY, "Feb");
        columns.put(Month.MARCH, "Mars");
        columns.put(Month.JUNE, "Juni");
        columns.put(Month.JULY, "Juli");
        columns.put(Month.AUGUST, "Aug");
        columns.put(Month.SEPTEMBER, "Sep");
        columns.put(Month.DECEMBER, "Dec");
        return Map.copyOf(columns);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String signed(Signed entry) {
        return (iso(entry.on()) + " " + Objects.requireNonNullElse(entry.signature(), "")).strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    /** One page being drawn; y values are baselines, falling down the page. */
    private static final class Sheet implements AutoCloseable {

        private final Fonts fonts;
        private final PdfText writing;
        private final PDPageContentStream content;

        Sheet(PDDocument document, Fonts fonts) throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            this.fonts = fonts;
            this.writing = new PdfText(fonts.regular());
            this.content = new PDPageContentStream(document, page);
        }

        @Override
        public void close() throws IOException {
            content.close();
        }

        void noClients() throws IOException {
            float y = title();
            text(fonts.regular(), 11, LEFT, y, NO_CLIENTS, 0);
        }

        void draw(PlanDocumentationSheet sheet) throws IOException {
            float y = title();
            y = fields(sheet, y);
            y = seasonalChecks(orEmpty(sheet.seasonalChecks()), y - 6);
            y = followUps(orEmpty(sheet.followUps()), y - 10);
            y = extensiveChanges(orEmpty(sheet.extensiveChangeFollowUps()), y - 10);
            y = closing(y - 8);
            if (y < BODY_BOTTOM) {
                // The section caps make this impossible; overlapping the footer would be a silent misprint.
                throw new IllegalStateException("Sheet layout overflows the page by " + (BODY_BOTTOM - y) + "pt");
            }
            String footer = "Ärende " + Objects.requireNonNullElse(sheet.caseId(), "") + " · uppgifter kända per "
                    + iso(sheet.knownAsOf());
            text(fonts.regular(), 8, LEFT, FOOTER_BASELINE, writing.fit(fonts.regular(), 8, footer, WIDTH), GREY);
        }

        private float title() throws IOException {
            float baseline = TOP - 16;
            text(fonts.bold(), 18, LEFT, baseline, TITLE, 0);
            return baseline - 30;
        }

        private float fields(PlanDocumentationSheet sheet, float y) throws IOException {
            float labelWidth = 0;
            for (String label : List.of(STAFF_GROUP, CLIENT_NAME, PERSONNUMMER, CONTACT_1, CONTACT_2, ESTABLISHED)) {
                labelWidth = Math.max(labelWidth, PdfText.width(fonts.bold(), 10, label));
            }
            float valueX = LEFT + labelWidth + 10;
            y = field(STAFF_GROUP, sheet.staffGroup(), valueX, y);
            y = field(CLIENT_NAME, null, valueX, y);
            float personnummer = y;
            y = field(PERSONNUMMER, null, valueX, y);
            // Says why the two lines are empty, so nobody waits for a reprint with them filled in.
            text(fonts.regular(), 8, valueX, personnummer - 13, HAND_WRITTEN_NOTE, GREY);
            y -= 10;
            y = field(CONTACT_1, sheet.primaryContact(), valueX, y);
            y = field(CONTACT_2, sheet.substituteContact(), valueX, y);
            return field(ESTABLISHED, iso(sheet.planEstablishedOn()), valueX, y);
        }

        /** Label and value share the baseline so that the value reads as filled in on the form's line. */
        private float field(String label, String value, float valueX, float y) throws IOException {
            text(fonts.bold(), 10, LEFT, y, label, 0);
            rule(valueX, RIGHT, y - 3);
            if (value != null && !value.isBlank()) {
                text(fonts.regular(), 11, valueX + 2, y, writing.fit(fonts.regular(), 11, value, RIGHT - valueX - 4), 0);
            }
            return y - 21;
        }

        private float seasonalChecks(List<SeasonalCheck> checks, float y) throws IOException {
            for (String line : writing.wrap(fonts.regular(), 10, SEASONAL_SENTENCE, WIDTH, 2)) {
                text(fonts.regular(), 10, LEFT, y, line, 0);
                y -= 12.5f;
            }
            List<SeasonalCheck> shown = checks.subList(Math.max(0, checks.size() - MAX_SEASONAL_ROWS), checks.size());
            List<String[]> rows = new ArrayList<>();
            for (SeasonalCheck check : shown) {
                rows.add(new String[] {String.valueOf(check.year()), iso(check.aprilMay()),
                        iso(check.octoberNovember())});
            }
            // Always room to write by hand: two empty rows at least, four rows in all when little is recorded.
            while (rows.size() < shown.size() + 2 || rows.size() < 4) {
                rows.add(new String[] {"", "", ""});
            }
            float yearWidth = 70;
            float dateWidth = (WIDTH - yearWidth) / 2;
            float[] columns = {LEFT, LEFT + yearWidth, LEFT + yearWidth + dateWidth, RIGHT};
            float rowHeight = 17;
            float top = y + 2;
            float tableHeight = rowHeight * (rows.size() + 1);
            fillRect(LEFT, top - rowHeight, WIDTH, rowHeight, HEADER_FILL);
            String[] header = {YEAR, APRIL_MAY, OCTOBER_NOVEMBER};
            for (int column = 0; column < 3; column++) {
                text(fonts.bold(), 10, columns[column] + 4, top - 12, header[column], 0);
            }
            for (int row = 0; row < rows.size(); row++) {
                float baseline = top - rowHeight * (row + 1) - 12;
                for (int column = 0; column < 3; column++) {
                    float cellWidth = columns[column + 1] - columns[column] - 8;
                    String cell = writing.fit(fonts.regular(), 10, rows.get(row)[column], cellWidth);
                    text(fonts.regular(), 10, columns[column] + 4, baseline, cell, 0);
                }
            }
            for (int line = 0; line <= rows.size() + 1; line++) {
                line(LEFT, top - rowHeight * line, RIGHT, top - rowHeight * line, 0);
            }
            for (float x : columns) {
                line(x, top, x, top - tableHeight, 0);
            }
            y = top - tableHeight - 12;
            int left = checks.size() - shown.size();
            if (left > 0) {
                text(fonts.regular(), 8, LEFT, y + 2, left + " tidigare år visas inte.", GREY);
                y -= 10;
            }
            return y;
        }

        private float followUps(List<Signed> followUps, float y) throws IOException {
            text(fonts.bold(), 10, LEFT, y, FOLLOW_UP, 0);
            y -= 17;
            int shownCount = Math.min(followUps.size(), MAX_FOLLOW_UP_LINES);
            List<Signed> shown = followUps.subList(followUps.size() - shownCount, followUps.size());
            if (shown.size() < followUps.size()) {
                text(fonts.regular(), 8, LEFT, y + 6, (followUps.size() - shown.size())
                        + " tidigare uppföljningar visas inte.", GREY);
                y -= 10;
            }
            int lines = Math.max(shown.size() + 2, 5);
            for (int line = 0; line < lines; line++) {
                if (line < shown.size()) {
                    // Two spaces keep date and signature apart as on a hand-written line.
                    String entry = (iso(shown.get(line).on()) + "  "
                            + Objects.requireNonNullElse(shown.get(line).signature(), "")).strip();
                    text(fonts.regular(), 10, LEFT + 2, y, writing.fit(fonts.regular(), 10, entry, WIDTH - 4), 0);
                }
                rule(LEFT, RIGHT, y - 3);
                y -= 17;
            }
            return y;
        }

        private float extensiveChanges(List<Signed> entries, float y) throws IOException {
            for (String line : writing.wrap(fonts.bold(), 10, EXTENSIVE_CHANGE, WIDTH, 2)) {
                text(fonts.bold(), 10, LEFT, y, line, 0);
                y -= 13;
            }
            List<Month> months = List.copyOf(new TreeSet<>(MONTH_COLUMNS.keySet()));
            Map<Month, List<Signed>> byMonth = new EnumMap<>(Month.class);
            List<Signed> offGrid = new ArrayList<>();
            for (Signed entry : entries) {
                Month month = entry.on() == null ? null : entry.on().getMonth();
                if (month != null && MONTH_COLUMNS.containsKey(month)) {
                    byMonth.computeIfAbsent(month, key -> new ArrayList<>()).add(entry);
                } else {
                    offGrid.add(entry);
                }
            }
            float columnWidth = WIDTH / months.size();
            float headerHeight = 15;
            float lineHeight = 9.5f;
            int stackLines = 0;
            for (List<Signed> stack : byMonth.values()) {
                int shown = Math.min(stack.size(), MAX_STACKED_PER_MONTH);
                stackLines = Math.max(stackLines, shown * 2 + (stack.size() > shown ? 1 : 0));
            }
            float bodyHeight = Math.max(44, stackLines * lineHeight + 8);
            float top = y + 1;
            fillRect(LEFT, top - headerHeight, WIDTH, headerHeight, HEADER_FILL);
            for (int column = 0; column < months.size(); column++) {
                float x = LEFT + column * columnWidth;
                text(fonts.bold(), 9, x + 3, top - 11, MONTH_COLUMNS.get(months.get(column)), 0);
                List<Signed> stack = byMonth.getOrDefault(months.get(column), List.of());
                float baseline = top - headerHeight - 10;
                int shown = Math.min(stack.size(), MAX_STACKED_PER_MONTH);
                if (stack.size() > shown) {
                    text(fonts.regular(), 7, x + 3, baseline, "+" + (stack.size() - shown) + " tidigare", GREY);
                    baseline -= lineHeight;
                }
                // Date over signature: a column is too narrow for both on one line.
                for (Signed entry : stack.subList(stack.size() - shown, stack.size())) {
                    text(fonts.regular(), 8, x + 3, baseline, iso(entry.on()), 0);
                    text(fonts.regular(), 8, x + 3, baseline - lineHeight, writing.fit(fonts.regular(), 8,
                            Objects.requireNonNullElse(entry.signature(), ""), columnWidth - 6), 0);
                    baseline -= 2 * lineHeight;
                }
            }
            float bottom = top - headerHeight - bodyHeight;
            line(LEFT, top, RIGHT, top, 0);
            line(LEFT, top - headerHeight, RIGHT, top - headerHeight, 0);
            line(LEFT, bottom, RIGHT, bottom, 0);
            for (int column = 0; column <= months.size(); column++) {
                float x = LEFT + column * columnWidth;
                line(x, top, x, bottom, 0);
            }

            y = bottom - 14;
            text(fonts.bold(), 9, LEFT, y, OFF_GRID, 0);
            float listX = LEFT + PdfText.width(fonts.bold(), 9, OFF_GRID) + 6;
            String list = String.join("; ", offGrid.stream().map(PlanDocumentationPdf::signed).toList());
            List<String> lines = list.isEmpty() ? List.of("") : writing.wrap(fonts.regular(), 9, list, RIGHT - listX - 2, 2);
            for (String line : lines) {
                text(fonts.regular(), 9, listX + 2, y, line, 0);
                rule(listX, RIGHT, y - 3);
                y -= 13;
            }
            return y;
        }

        private float closing(float y) throws IOException {
            for (String paragraph : List.of(BINDER_PARAGRAPH, DISPOSAL_PARAGRAPH)) {
                for (String line : writing.wrap(fonts.regular(), 9, paragraph, WIDTH, 3)) {
                    text(fonts.regular(), 9, LEFT, y, line, 0);
                    y -= 11.5f;
                }
                y -= 4;
            }
            return y;
        }

        private void text(PDFont font, float size, float x, float baseline, String text, float gray)
                throws IOException {
            String printable = writing.printable(text);
            if (printable.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(gray);
            content.newLineAtOffset(x, baseline);
            content.showText(printable);
            content.endText();
        }

        /** A light line to write on by hand. */
        private void rule(float fromX, float toX, float y) throws IOException {
            line(fromX, y, toX, y, LIGHT);
        }

        private void line(float x1, float y1, float x2, float y2, float gray) throws IOException {
            content.setStrokingColor(gray);
            content.setLineWidth(gray == 0 ? 0.75f : 0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private void fillRect(float x, float y, float width, float height, float gray) throws IOException {
            content.setNonStrokingColor(gray);
            content.addRect(x, y, width, height);
            content.fill();
        }
    }
}
