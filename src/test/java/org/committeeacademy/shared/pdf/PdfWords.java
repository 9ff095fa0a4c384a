package org.committeeacademy.shared.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The words a PDF shows, for tests. Arabic is written shaped (presentation forms) in visual order, right to left:
 * {@link #arabic} turns each line back into base letters in reading order, so a test can look for the words it put in.
 */
public final class PdfWords {

    private PdfWords() {}

    /** The text of all pages as the PDF stores it. */
    public static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder out = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with the presentation forms unfolded and every line reversed: Arabic words read as typed. */
    public static String arabic(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        for (String line : text(pdf).split("\n")) {
            String unfolded = Normalizer.normalize(line, Normalizer.Form.NFKC);
            out.append(new StringBuilder(unfolded).reverse()).append('\n');
        }
        return out.toString();
    }

    /** Whether the PDF holds shaped Arabic: letters in their joined forms (U+FE70–U+FEFF), not the bare ones. */
    public static boolean shaped(byte[] pdf) {
        return text(pdf).chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
    }
}
