package se.kontaktman.reporting.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import se.kontaktman.reporting.form.PlanDocumentationSheet.SeasonalCheck;
import se.kontaktman.reporting.form.PlanDocumentationSheet.Signed;

/** The printed form, read back as text: each value on its case's page, next to the form's own label. */
class PlanDocumentationPdfTest {

    private static final PlanDocumentationSheet SOLBACKEN = new PlanDocumentationSheet("case-solbacken-7",
            "Solbacken", "Åsa Öberg", "Björn Ängström", LocalDate.of(2025, 3, 14),
            List.of(new SeasonalCheck(2025, LocalDate.of(2025, 5, 6), LocalDate.of(2025, 10, 21)),
                    new SeasonalCheck(2026, LocalDate.of(2026, 4, 28), null)),
            List.of(new Signed(LocalDate.of(2025, 6, 2), "Åsa Öberg"),
                    new Signed(LocalDate.of(2025, 11, 3), "Björn Ängström")),
            List.of(new Signed(LocalDate.of(2025, 6, 17), "Åsa Öberg"),
                    new Signed(LocalDate.of(2026, 4, 9), "Björn Ängström")),
            LocalDate.of(2026, 5, 4));

    private static final PlanDocumentationSheet EKDUNGEN = new PlanDocumentationSheet("case-ekdungen-3",
            "Ekdungen", "Märta Lind", "Göran Ek", LocalDate.of(2024, 9, 30),
            List.of(new SeasonalCheck(2024, null, LocalDate.of(2024, 11, 12))),
            List.of(new Signed(LocalDate.of(2024, 12, 1), "Märta Lind")),
            List.of(new Signed(LocalDate.of(2025, 1, 20), "Göran Ek")),
            LocalDate.of(2025, 2, 1));

    private static final PlanDocumentationSheet NOTHING_KNOWN = new PlanDocumentationSheet("case-tom-1",
            "Solbacken", null, null, null, List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 5));

    @Test
    void eachSheetIsOneA4PageInTheGivenOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(SOLBACKEN, EKDUNGEN)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            assertThat(line(text(pdf, 1), "Ärende")).contains("case-solbacken-7");
            assertThat(line(text(pdf, 2), "Ärende")).contains("case-ekdungen-3");
        }
    }

    @Test
    void theDocumentIsTitledAndMarkedSwedish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(SOLBACKEN)))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Dokumentation Genomförandeplan");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        }
    }

    @Test
    void everyHeadingOfTheFormIsPrinted() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(page).contains("Dokumentation Genomförandeplan", "Personalgrupp:", "Brukarens namn:",
                "Personnummer:", "Kontaktman 1:", "Kontaktman 2:", "Genomförandeplan upprättades den:",
                "Uppföljning, datum och signatur:", "Övrig uppföljning på grund av omfattande förändring,",
                "sekretesstunnan", "arbetsmaterial", "egen flik");
        assertThat(page.replace('\n', ' ')).contains("Följande månader ska samtliga Genomförandeplaner "
                + "kontrolleras för att se att de är aktuella samt boka tid för uppföljning");
        assertThat(line(page, "År")).isEqualTo("År April/Maj Okt/Nov");
        assertThat(line(page, "Juni").split(" +")).containsExactly("Jan", "Feb", "Mars", "Juni", "Juli", "Aug",
                "Sep", "Dec");
    }

    @Test
    void eachValueStandsNextToItsLabel() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(line(page, "Personalgrupp:")).isEqualTo("Personalgrupp: Solbacken");
        assertThat(line(page, "Kontaktman 1:")).isEqualTo("Kontaktman 1: Åsa Öberg");
        assertThat(line(page, "Kontaktman 2:")).isEqualTo("Kontaktman 2: Björn Ängström");
        assertThat(line(page, "upprättades den:")).isEqualTo("Genomförandeplan upprättades den: 2025-03-14");
    }

    @Test
    void nameAndPersonnummerAreAlwaysLeftToBeWrittenByHand() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(line(page, "Brukarens namn:")).isEqualTo("Brukarens namn:");
        assertThat(line(page, "Personnummer:")).isEqualTo("Personnummer:");
        assertThat(page).contains("Fylls i för hand: namn och personnummer finns inte i rapporttjänsten.");
    }

    @Test
    void theSeasonalChecksFillOneRowPerYear() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(line(page, "2025-05-06")).isEqualTo("2025 2025-05-06 2025-10-21");
        assertThat(line(page, "2026-04-28")).isEqualTo("2026 2026-04-28");
    }

    @Test
    void followUpsAreListedWithDateAndSignature() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(line(page, "2025-06-02")).isEqualTo("2025-06-02  Åsa Öberg");
        assertThat(line(page, "2025-11-03")).isEqualTo("2025-11-03  Björn Ängström");
    }

    @Test
    void anExtensiveChangeFollowUpInJuneStandsUnderTheJuneColumn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(SOLBACKEN)))) {
            List<Word> words = words(pdf, 1);
            Word june = word(words, "Juni");
            Word date = word(words, "2025-06-17");
            Word signature = words.stream().filter(w -> w.text().equals("Åsa Öberg") && w.y() > date.y())
                    .findFirst().orElseThrow();

            assertThat(date.x()).isCloseTo(june.x(), within(0.5f));
            assertThat(date.y()).isGreaterThan(june.y());
            assertThat(signature.x()).isCloseTo(june.x(), within(0.5f));
        }
    }

    @Test
    void anExtensiveChangeFollowUpInAprilGoesToTheListLineBelowTheGrid() throws IOException {
        String page = onlyPage(SOLBACKEN);

        assertThat(line(page, "2026-04-09")).isEqualTo("April/Maj, Okt/Nov: 2026-04-09 Björn Ängström");
    }

    @Test
    void aPageCarriesOnlyItsOwnCase() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(SOLBACKEN, EKDUNGEN)))) {
            String first = text(pdf, 1);
            String second = text(pdf, 2);

            assertThat(first).doesNotContain("Ekdungen", "Märta Lind", "Göran Ek", "case-ekdungen-3", "2024-");
            assertThat(second).doesNotContain("Solbacken", "Åsa Öberg", "Björn Ängström", "case-solbacken-7");
            assertThat(line(second, "Kontaktman 1:")).isEqualTo("Kontaktman 1: Märta Lind");
            assertThat(line(second, "Ärende")).isEqualTo("Ärende case-ekdungen-3 · uppgifter kända per 2025-02-01");
        }
    }

    @Test
    void theFooterSaysWhichCaseAndAsOfWhen() throws IOException {
        assertThat(line(onlyPage(SOLBACKEN), "Ärende"))
                .isEqualTo("Ärende case-solbacken-7 · uppgifter kända per 2026-05-04");
    }

    @Test
    void unknownContactsAndDateAreLeftBlankToWriteOn() throws IOException {
        String page = onlyPage(NOTHING_KNOWN);

        assertThat(line(page, "Kontaktman 1:")).isEqualTo("Kontaktman 1:");
        assertThat(line(page, "Kontaktman 2:")).isEqualTo("Kontaktman 2:");
        assertThat(line(page, "upprättades den:")).isEqualTo("Genomförandeplan upprättades den:");
        assertThat(line(page, "April/Maj, Okt/Nov:")).isEqualTo("April/Maj, Okt/Nov:");
        assertThat(line(page, "Ärende")).contains("case-tom-1");
    }

    @Test
    void noSheetsGiveOnePageSayingThereAreNoClients() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf, 1)).contains("Dokumentation Genomförandeplan", "Inga brukare");
        }
    }

    @Test
    void longValuesAreCutShortInsteadOfRunningOffThePage() throws IOException {
        String longName = "Anna-Karin " + "Lindqvist-Söderström ".repeat(20);
        PlanDocumentationSheet sheet = new PlanDocumentationSheet("case-" + "x".repeat(300),
                "Solbacken " + "ö".repeat(200), longName, null, null, List.of(),
                List.of(new Signed(LocalDate.of(2025, 6, 1), longName)),
                List.of(new Signed(LocalDate.of(2025, 7, 1), longName), new Signed(LocalDate.of(2025, 5, 1), longName)),
                LocalDate.of(2026, 1, 1));

        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(sheet)))) {
            String page = text(pdf, 1);
            assertThat(line(page, "Kontaktman 1:")).startsWith("Kontaktman 1: Anna-Karin Lindqvist").endsWith("…");
            assertThat(line(page, "Personalgrupp:")).endsWith("…");
            assertThat(line(page, "Ärende")).endsWith("…");
            assertWithinPrintableArea(pdf);
        }
    }

    @Test
    void aCrowdedCaseStillFitsOnePage() throws IOException {
        List<SeasonalCheck> checks = IntStream.rangeClosed(2010, 2026)
                .mapToObj(year -> new SeasonalCheck(year, LocalDate.of(year, 4, 2), LocalDate.of(year, 10, 3)))
                .toList();
        List<Signed> followUps = IntStream.rangeClosed(1, 30)
                .mapToObj(day -> new Signed(LocalDate.of(2025, 1, day), "Åsa Öberg")).toList();
        List<Signed> extensive = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 6; day++) {
                extensive.add(new Signed(LocalDate.of(2025, month, day), "Björn Ängström"));
            }
        }
        PlanDocumentationSheet crowded = new PlanDocumentationSheet("case-full-1", "Solbacken", "Åsa Öberg",
                "Björn Ängström", LocalDate.of(2010, 1, 1), checks, followUps, extensive, LocalDate.of(2026, 1, 1));

        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(crowded, SOLBACKEN)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String page = text(pdf, 1);
            assertThat(page).contains("2026 2026-04-02 2026-10-03", "13 tidigare år visas inte.",
                    "2025-01-30  Åsa Öberg", "25 tidigare uppföljningar visas inte.", "sekretesstunnan");
            assertThat(line(page, "Ärende")).contains("case-full-1");
            assertWithinPrintableArea(pdf);
        }
    }

    @Test
    void lettersOutsideTheFontLoseTheirAccentInsteadOfFailingThePrint() throws IOException {
        PlanDocumentationSheet sheet = new PlanDocumentationSheet("case-pl-1", "Solbacken", "Łucja Wałęsa",
                "Ayşe Yılmaz", null, List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 1));

        String page = onlyPage(sheet);

        assertThat(line(page, "Kontaktman 1:")).isEqualTo("Kontaktman 1: Lucja Walesa");
        assertThat(line(page, "Kontaktman 2:")).isEqualTo("Kontaktman 2: Ayse Yilmaz");
    }

    private static String onlyPage(PlanDocumentationSheet sheet) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PlanDocumentationPdf.render(List.of(sheet)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            return text(pdf, 1);
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The one line holding the text, trimmed; fails if there is none or more than one. */
    private static String line(String page, String containing) {
        List<String> lines = page.lines().map(String::strip).filter(l -> l.contains(containing)).toList();
        assertThat(lines).as("lines containing %s", containing).hasSize(1);
        return lines.get(0);
    }

    /** A run of text as the stripper split it, with its start in page coordinates (y grows downwards). */
    private record Word(String text, float x, float y, float endX) {
    }

    private static List<Word> words(PDDocument pdf, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                words.add(new Word(text, first.getXDirAdj(), first.getYDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return Collections.unmodifiableList(words);
    }

    private static Word word(List<Word> words, String text) {
        List<Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
        assertThat(found).as("words %s", text).hasSize(1);
        return found.get(0);
    }

    private static void assertWithinPrintableArea(PDDocument pdf) {
        try {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                for (Word word : words(pdf, page)) {
                    assertThat(word.x()).as("start of %s", word.text()).isGreaterThanOrEqualTo(40);
                    assertThat(word.endX()).as("end of %s", word.text()).isLessThanOrEqualTo(box.getWidth() - 40);
                    assertThat(word.y()).as("height of %s", word.text()).isBetween(40f, box.getHeight() - 30);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
