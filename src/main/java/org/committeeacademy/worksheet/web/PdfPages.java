package org.committeeacademy.worksheet.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** What the worksheet and motion PDFs share: A4, a Unicode font (names like Yılmaz, Petrović), the language tag. */
final class PdfPages {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

    private final BaseFont font;

    PdfPages() {
        try {
            this.font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document open(OutputStream out, Locale locale, String title) {
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
        document.addTitle(title);
        document.addCreator("Committee Academy");
        document.open();
        return document;
    }

    Font font(float size, int style) {
        return new Font(font, size, style);
    }

    Font muted(float size) {
        return new Font(font, size, Font.NORMAL, MUTED);
    }

    Paragraph paragraph(String text, Font font, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, font);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
