package org.committeeacademy.enrolment.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.pdf.PdfScript;
import org.committeeacademy.shared.pdf.TaggedPdf;

/**
 * The printable sign-in sheet for one session: what, when, where and who teaches, then one row per confirmed person
 * with an empty box to sign, and a few blank rows for people who come without a place. A4, numbered pages, no
 * e-mail addresses: the sheet goes round the room.
 */
final class SignInSheet {

    /** What the sheet shows; {@code place} is the venue and room (or "online") as one line. */
    record Data(
            String cohortTitle,
            String moduleTitle,
            LocalDateTime start,
            LocalDateTime end,
            String place,
            List<String> trainers,
            List<String> participants) {}

    static final int BLANK_ROWS = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final float ROW_HEIGHT = 30f;
    private static final Color LINE = new Color(0x55, 0x5f, 0x6d);

    private final Data data;
    private final Locale locale;
    private final Function<String, String> text;
    private final BaseFont font;

    private SignInSheet(Data data, Locale locale, Function<String, String> text) throws IOException {
        this.data = data;
        this.locale = locale;
        this.text = text;
        this.font = PdfScript.regular();
    }

    /**
     * Writes the sheet as PDF.
     *
     * @param text the page's message lookup; "signInSheet.page" is a pattern with {0} page and {1} pages
     */
    static void write(Data data, Locale locale, Function<String, String> text, OutputStream out) throws IOException {
        SignInSheet sheet = new SignInSheet(data, locale, text);
        // the first pass only counts the pages, so every footer can say "page 1 of 2"
        ByteArrayOutputStream counting = new ByteArrayOutputStream();
        int pages = sheet.render(counting, 0);
        sheet.render(out, pages);
    }

    private int render(OutputStream out, int totalPages) {
        String title = text.apply("signInSheet.title") + " – " + data.cohortTitle();
        TaggedPdf document = TaggedPdf.open(out, PageSize.A4, new float[] {50, 50, 50, 60}, locale, title);
        document.writer().setPageEvent(new Footer(document, totalPages));
        heading(document);
        document.table(signatures(), 1, false);
        int pages = document.writer().getPageNumber();
        document.close();
        return pages;
    }

    private void heading(TaggedPdf document) {
        document.heading(1, new Paragraph(text.apply("signInSheet.title"), PdfScript.font(18, Font.BOLD)));
        Paragraph title = new Paragraph(data.cohortTitle(), PdfScript.font(13, Font.BOLD));
        title.setSpacingAfter(8);
        document.heading(2, title);
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(14);
        facts.setRunDirection(PdfScript.runDirection(locale));
        fact(facts, "signInSheet.module", data.moduleTitle());
        fact(facts, "signInSheet.date", LocalFormats.of(Language.of(locale)).longDate(data.start()));
        fact(
                facts,
                "signInSheet.time",
                data.start().format(TIME) + "–" + data.end().format(TIME));
        fact(facts, "signInSheet.place", data.place());
        fact(facts, "signInSheet.trainers", String.join(", ", data.trainers()));
        // the labels on the left head their rows
        document.table(facts, 0, true);
    }

    private void fact(PdfPTable facts, String labelKey, String value) {
        facts.addCell(plain(text.apply(labelKey), new Font(font, 10, Font.NORMAL, LINE)));
        facts.addCell(plain(value == null ? "" : value, new Font(font, 11)));
    }

    private static PdfPCell plain(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setRunDirection(PdfScript.runDirection(Locale.ROOT, value));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(4);
        return cell;
    }

    private PdfPTable signatures() {
        PdfPTable table = new PdfPTable(new float[] {0.6f, 4.2f, 5.2f});
        table.setWidthPercentage(100);
        table.setRunDirection(PdfScript.runDirection(locale));
        table.setHeaderRows(1);
        Font head = PdfScript.font(10, Font.BOLD);
        for (String key : List.of("signInSheet.number", "signInSheet.name", "signInSheet.signature")) {
            PdfPCell cell = box(text.apply(key), head);
            cell.setBackgroundColor(new Color(0xe7, 0xec, 0xf3));
            cell.setMinimumHeight(20);
            table.addCell(cell);
        }
        Font body = new Font(font, 11);
        int number = 0;
        for (String name : data.participants()) {
            row(table, ++number, name, body);
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            row(table, ++number, "", body);
        }
        return table;
    }

    private void row(PdfPTable table, int number, String name, Font body) {
        table.addCell(box(String.valueOf(number), body));
        table.addCell(box(name, body));
        table.addCell(box("", body));
    }

    private static PdfPCell box(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setRunDirection(PdfScript.runDirection(Locale.ROOT, value));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        cell.setBorderColor(LINE);
        return cell;
    }

    /** The cohort and "page n of m" at the foot of every page: pagination, an artifact for screen readers. */
    private final class Footer extends PdfPageEventHelper {

        private final TaggedPdf tagged;
        private final int totalPages;

        Footer(TaggedPdf tagged, int totalPages) {
            this.tagged = tagged;
            this.totalPages = totalPages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String page = MessageFormat.format(
                    text.apply("signInSheet.page"), writer.getPageNumber(), Math.max(totalPages, 1));
            String footer = data.cohortTitle() + " · " + page;
            tagged.artifact(canvas -> ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase(footer, new Font(font, 9, Font.NORMAL, LINE)),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 25,
                    0,
                    PdfScript.runDirection(locale, footer),
                    0));
        }
    }
}
