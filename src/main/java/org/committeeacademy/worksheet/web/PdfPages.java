package org.committeeacademy.worksheet.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.Locale;
import org.committeeacademy.shared.pdf.PdfScript;

/**
 * What the worksheet and motion PDFs share: A4, a font for every offered language (names like Yılmaz, Petrović),
 * the language tag, and right to left with shaped letters in Arabic.
 */
final class PdfPages {

    static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

    private Locale locale = Locale.GERMAN;

    Document open(OutputStream out, Locale locale, String title) {
        this.locale = locale;
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
        document.addTitle(title);
        document.addCreator("Committee Academy");
        document.open();
        return document;
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

    /** Adds the paragraph so that it runs right to left in Arabic. */
    void add(Document document, Paragraph paragraph) {
        document.add(PdfScript.block(paragraph, locale));
    }

    /** Right to left for tables in Arabic; the bidi algorithm for a table whose content holds Arabic. */
    int runDirection(String content) {
        return PdfScript.runDirection(locale, content);
    }
}
