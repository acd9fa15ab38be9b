package se.kontaktman.reporting.form;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the standard 14 fonts can print it: fitted to a width with "…", wrapped over lines, and
 * made printable (WinAnsi) instead of failing the whole document on one letter.
 */
final class PdfText {

    private final PDFont regular;

    PdfText(PDFont regular) {
        this.regular = regular;
    }

    String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        String printable = printable(text);
        if (width(font, size, printable) <= maxWidth) {
            return printable;
        }
        // No Helvetica glyph is narrower than 0.19 em, so longer prefixes cannot fit; keeps huge values cheap.
        int end = Math.min(printable.length(), (int) (maxWidth / (0.19f * size)) + 1);
        while (end > 0 && width(font, size, printable.substring(0, end).stripTrailing() + "…") > maxWidth) {
            end--;
        }
        return end == 0 ? "" : printable.substring(0, end).stripTrailing() + "…";
    }

    /** Greedy word wrap; what does not fit in maxLines is cut with "…" on the last line. */
    List<String> wrap(PDFont font, float size, String text, float maxWidth, int maxLines)
            throws IOException {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : printable(text).strip().split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || width(font, size, candidate) <= maxWidth) {
                current = candidate;
            } else if (lines.size() == maxLines - 1) {
                lines.add(fit(font, size, candidate, maxWidth)); // too wide, so it ends in "…"
                return lines;
            } else {
                lines.add(fit(font, size, current, maxWidth));
                current = word;
            }
        }
        if (!current.isEmpty()) {
            lines.add(fit(font, size, current, maxWidth));
        }
        return lines;
    }

    /** Width of text already made {@link #printable}. */
    static float width(PDFont font, float size, String printable) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }

    /**
     * What the standard 14 fonts can show (WinAnsi): line breaks become spaces, letters outside it
     * lose their accent (ę to e), and what is left becomes "?" rather than failing the whole print.
     */
    String printable(String text) throws IOException {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = new String(Character.toChars(codePoint));
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (encodable(character)) {
                out.append(character);
            } else {
                out.append(replacement(character));
            }
        }
        return out.toString();
    }

    private String replacement(String character) throws IOException {
        String folded = switch (character) {
            case "Ł" -> "L";
            case "ł" -> "l";
            case "Đ" -> "D";
            case "đ" -> "d";
            case "ı" -> "i";
            default -> Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        };
        return !folded.isEmpty() && encodable(folded) ? folded : "?";
    }

    private boolean encodable(String character) throws IOException {
        try {
            regular.encode(character);
            return true;
        } catch (IllegalArgumentException notInWinAnsi) {
            return false;
        }
    }
}
