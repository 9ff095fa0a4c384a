package org.committeeacademy.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.committeeacademy.shared.domain.Language;

/**
 * Fonts and writing direction for every PDF the application writes. DejaVu Sans (regular and bold, embedded as
 * subsets; licence next to the font files) has the Latin letters of Turkish, Cyrillic, and Arabic with its
 * presentation forms. OpenPDF shapes Arabic (joined letter forms) and lays it out right to left only where it runs
 * the bidi algorithm, in table cells with a right-to-left run direction: so in an Arabic document every block goes
 * through {@link #block}, and tables take {@link #runDirection}.
 */
public final class PdfScript {

    private static final String FOLDER = "org/committeeacademy/shared/pdf/";
    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfScript() {}

    /** The font in this size; {@code Font.BOLD} takes the bold face rather than a smeared regular one. */
    public static Font font(float size, int style) {
        return font(size, style, null);
    }

    public static Font font(float size, int style, Color colour) {
        boolean bold = style != Font.UNDEFINED && (style & Font.BOLD) != 0;
        int rest = style == Font.UNDEFINED ? Font.NORMAL : style & ~Font.BOLD;
        return new Font(bold ? BOLD : REGULAR, size, rest, colour);
    }

    public static BaseFont regular() {
        return REGULAR;
    }

    public static boolean rightToLeft(Locale locale) {
        return Language.of(locale).rightToLeft();
    }

    /** For {@link PdfPTable#setRunDirection}: right to left for Arabic, else the default. */
    public static int runDirection(Locale locale) {
        return rightToLeft(locale) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    /**
     * The paragraph as it can be added to a document in this language: in Arabic in a borderless full-width cell that
     * runs right to left (alignment is mirrored there: left means the start of the line); in the other languages as it
     * is, unless it holds Arabic letters (a name, an answer typed in Arabic), which then still get the bidi algorithm
     * and their joined forms in a left-to-right cell.
     */
    public static Element block(Paragraph paragraph, Locale locale) {
        if (rightToLeft(locale)) {
            if (paragraph.getAlignment() == Element.ALIGN_UNDEFINED) {
                // undefined is not mirrored and would sit on the left; left is the start, so the right in Arabic
                paragraph.setAlignment(Element.ALIGN_LEFT);
            }
            return cell(paragraph, PdfWriter.RUN_DIRECTION_RTL);
        }
        return hasRightToLeftLetters(paragraph.getContent()) ? cell(paragraph, PdfWriter.RUN_DIRECTION_LTR) : paragraph;
    }

    /** For a table in a left-to-right document whose cells may hold Arabic: LTR with the bidi algorithm. */
    public static int runDirection(Locale locale, String content) {
        if (rightToLeft(locale)) {
            return PdfWriter.RUN_DIRECTION_RTL;
        }
        return hasRightToLeftLetters(content) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
    }

    static boolean hasRightToLeftLetters(String text) {
        return text != null
                && text.codePoints()
                        .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    private static Element cell(Paragraph paragraph, int direction) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setSpacingBefore(paragraph.getSpacingBefore());
        table.setSpacingAfter(paragraph.getSpacingAfter());
        table.setSplitLate(false);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setRunDirection(direction);
        cell.addElement(paragraph);
        table.addCell(cell);
        return table;
    }

    private static BaseFont load(String file) {
        try {
            return BaseFont.createFont(FOLDER + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
