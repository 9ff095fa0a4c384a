package org.committeeacademy.worksheet.web;

import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Locale;
import org.committeeacademy.shared.pdf.PdfScript;
import org.committeeacademy.shared.pdf.TaggedPdf;

/**
 * What the worksheet and motion PDFs share: A4, a font for every offered language (names like Yılmaz, Petrović),
 * the language tag, tags for screen readers, and right to left with shaped letters in Arabic.
 */
final class PdfPages {

    static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

    private Locale locale = Locale.GERMAN;

    /** The tagged document (structure, language, title: see {@link TaggedPdf}). */
    TaggedPdf open(OutputStream out, Locale locale, String title) {
        this.locale = locale;
        return TaggedPdf.open(out, PageSize.A4, new float[] {60, 60, 50, 50}, locale, title);
    }

    Font font(float size, int style) {
        return PdfScript.font(size, style);
    }

    Font muted(float size) {
        return PdfScript.font(size, Font.NORMAL, MUTED);
    }

    Paragraph paragraph(String text, Font font, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, font);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** Right to left for tables in Arabic; the bidi algorithm for a table whose content holds Arabic. */
    int runDirection(String content) {
        return PdfScript.runDirection(locale, content);
    }
}
