package org.committeeacademy.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A PDF for screen readers (PDF/UA-1 as far as OpenPDF goes): every block is written onto the page inside a marked
 * content sequence that belongs to an element of the structure tree (H1, H2, H3, P, Table/TR/TH/TD, Figure with its
 * Alt), in reading order; decoration is marked as artifact. The catalog carries the language, the title is shown
 * instead of the file name, and the XMP metadata claims PDF/UA-1. OpenPDF's {@code Document.add} writes untagged
 * content, so this class lays the blocks out itself (through {@link ColumnText}) and breaks pages where a block does
 * not fit. Text with Arabic letters gets its words in reading order as ActualText, since the page stores them shaped
 * and in visual order.
 */
public final class TaggedPdf {

    private static final PdfName TR = new PdfName("TR");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_ATTRIBUTES = new PdfName("Table");

    private final Document document;
    private final PdfWriter writer;
    private final Locale locale;
    private final PdfStructureElement root;
    private float y;

    private TaggedPdf(Document document, PdfWriter writer, Locale locale) {
        this.document = document;
        this.writer = writer;
        this.locale = locale;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.y = document.top();
    }

    /** Opens the document: tagged, in this language, with this title (shown by viewers), DejaVu embedded. */
    public static TaggedPdf open(OutputStream out, Rectangle page, float[] margins, Locale locale, String title) {
        Document document = new Document(page, margins[0], margins[1], margins[2], margins[3]);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.setXmpMetadata(PdfUaMetadata.xmp(title, locale));
        document.addTitle(title);
        document.addCreator("Committee Academy");
        document.open();
        return new TaggedPdf(document, writer, locale);
    }

    public PdfWriter writer() {
        return writer;
    }

    /** A heading of this level (1 to 3). */
    public void heading(int level, Paragraph paragraph) {
        block(level == 1 ? PdfName.H1 : level == 2 ? PdfName.H2 : PdfName.H3, paragraph);
    }

    public void paragraph(Paragraph paragraph) {
        block(PdfName.P, paragraph);
    }

    /** The paragraph as one element of this type; a part that does not fit goes on the next page as a second one. */
    private void block(PdfName type, Paragraph paragraph) {
        String words = paragraph.getContent();
        if (y < document.top()) {
            // ColumnText drops the spacing before the first line of a column
            y -= paragraph.getSpacingBefore();
        }
        paragraph.setSpacingBefore(0);
        ColumnText column = new ColumnText(null);
        column.addElement(PdfScript.block(paragraph, locale));
        while (true) {
            PdfStructureElement element = element(root, type, words);
            PdfContentByte canvas = begin(element);
            column.setCanvas(canvas);
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            int status = column.go();
            canvas.endMarkedContentSequence();
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    /**
     * The table row by row, cell by cell, each cell a TH (the first {@code headerRows} rows, and the first column when
     * {@code rowHeaders}) or a TD, in reading order (right to left in a right-to-left table); a row that does not fit
     * starts a new page, under the header rows again (pagination: an artifact, the tree has them once).
     */
    public void table(PdfPTable table, int headerRows, boolean rowHeaders) {
        float width = (document.right() - document.left()) * table.getWidthPercentage() / 100;
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        boolean rtl = table.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL;
        if (rtl) {
            // a right-to-left table keeps its cells reversed (the first on the right) but not its widths
            float[] widths = table.getAbsoluteWidths().clone();
            for (int i = 0; i < widths.length / 2; i++) {
                float swap = widths[i];
                widths[i] = widths[widths.length - 1 - i];
                widths[widths.length - 1 - i] = swap;
            }
            table.setTotalWidth(widths);
        }
        float x = table.getHorizontalAlignment() == Element.ALIGN_LEFT
                ? (table.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL ? document.right() - width : document.left())
                : document.left() + (document.right() - document.left() - width) / 2;
        y -= table.spacingBefore();
        PdfStructureElement element = element(root, PdfName.TABLE, null);
        for (int r = 0; r < table.size(); r++) {
            float height = table.getRowHeight(r);
            if (y - height < document.bottom() && y < document.top()) {
                newPage();
                int repeated = Math.min(r, headerRows);
                artifact(canvas -> table.writeSelectedRows(0, repeated, x, y, canvas));
                for (int h = 0; h < repeated; h++) {
                    y -= table.getRowHeight(h);
                }
            }
            PdfStructureElement row = element(element, TR, null);
            PdfPRow cells = table.getRow(r);
            int columns = table.getNumberOfColumns();
            for (int i = 0; i < columns; i++) {
                int c = rtl ? columns - 1 - i : i;
                PdfPCell cell = cells.getCells()[c];
                if (cell == null) {
                    continue;
                }
                boolean header = r < headerRows || (rowHeaders && i == 0);
                PdfStructureElement part = element(
                        row,
                        header ? PdfName.TH : PdfName.TD,
                        cell.getPhrase() == null ? null : cell.getPhrase().getContent());
                if (header) {
                    PdfObject scope = r < headerRows ? new PdfName("Column") : new PdfName("Row");
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, TABLE_ATTRIBUTES);
                    attributes.put(SCOPE, scope);
                    part.put(new PdfName("A"), attributes);
                }
                PdfContentByte canvas = begin(part);
                table.writeSelectedRows(c, c + 1, r, r + 1, x + offset(table, c), y, canvas);
                canvas.endMarkedContentSequence();
            }
            y -= height;
        }
        y -= table.spacingAfter();
    }

    /** How far the column starts from the table's left edge (OpenPDF puts the first selected column at x). */
    private static float offset(PdfPTable table, int column) {
        float offset = 0;
        for (int i = 0; i < column; i++) {
            offset += table.getAbsoluteWidths()[i];
        }
        return offset;
    }

    /** An image or drawing of this height that says {@code alt} to people who cannot see it; centred. */
    public void figure(Image image, String alt, float spacingAfter) {
        float height = image.getScaledHeight();
        if (y - height < document.bottom()) {
            newPage();
        }
        PdfStructureElement element = element(root, PdfName.FIGURE, null);
        element.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfContentByte canvas = begin(element);
        float x = document.left() + (document.right() - document.left() - image.getScaledWidth()) / 2;
        image.setAbsolutePosition(x, y - height);
        canvas.addImage(image);
        canvas.endMarkedContentSequence();
        y -= height + spacingAfter;
    }

    /** A figure drawn at a fixed place on the current page (a QR code in a corner). */
    public void figure(String alt, Consumer<PdfContentByte> drawing) {
        PdfStructureElement element = element(root, PdfName.FIGURE, null);
        element.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfContentByte canvas = begin(element);
        drawing.accept(canvas);
        canvas.endMarkedContentSequence();
    }

    /** Decoration that says nothing (a colour band, a logo next to the provider's name): hidden from readers. */
    public void artifact(Consumer<PdfContentByte> drawing) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginMarkedContentSequence(ARTIFACT);
        drawing.accept(canvas);
        canvas.endMarkedContentSequence();
    }

    /** Moves the next block down by this much. */
    public void space(float points) {
        y -= points;
    }

    /** Where the next block starts (from the page's bottom). */
    public float y() {
        return y;
    }

    public Document document() {
        return document;
    }

    public void close() {
        document.close();
    }

    private void newPage() {
        document.newPage();
        y = document.top();
    }

    private PdfContentByte begin(PdfStructureElement element) {
        PdfContentByte canvas = writer.getDirectContent();
        element.put(PdfName.PG, writer.getCurrentPage());
        canvas.beginMarkedContentSequence(element);
        return canvas;
    }

    private static PdfStructureElement element(PdfStructureElement parent, PdfName type, String words) {
        PdfStructureElement element = new PdfStructureElement(parent, type);
        if (words != null && PdfScript.hasRightToLeftLetters(words)) {
            element.put(PdfName.ACTUALTEXT, new PdfString(words, PdfObject.TEXT_UNICODE));
        }
        return element;
    }
}
