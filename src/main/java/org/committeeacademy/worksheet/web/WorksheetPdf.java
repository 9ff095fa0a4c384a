package org.committeeacademy.worksheet.web;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.committeeacademy.shared.pdf.TaggedPdf;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.domain.Answers;
import org.committeeacademy.worksheet.domain.FieldType;
import org.committeeacademy.worksheet.domain.GoalAnswer;
import org.committeeacademy.worksheet.domain.WorksheetTemplate;

/** A worksheet as PDF: every section with its fields and answers; goals and tables as labelled boxes. */
final class WorksheetPdf {

    private final PdfPages pages = new PdfPages();
    private final Function<String, String> text;

    private WorksheetPdf(Function<String, String> text) {
        this.text = text;
    }

    /** @param text the viewer's message lookup (labels of goal parts, status) */
    static void write(WorksheetView w, Locale locale, Function<String, String> text, OutputStream out) {
        new WorksheetPdf(text).render(w, locale, out);
    }

    private void render(WorksheetView w, Locale locale, OutputStream out) {
        TaggedPdf document = pages.open(out, locale, w.title());
        document.heading(1, pages.paragraph(w.title(), pages.font(17, Font.BOLD), 0, 4));
        document.paragraph(pages.paragraph(
                w.memberName() + " · " + w.cohortTitle() + " · " + text.apply("worksheetStatus." + w.status()),
                pages.muted(10),
                0,
                10));
        Answers answers = Answers.stored(w.answers().toString());
        for (WorksheetTemplate.Section section : w.template().sections()) {
            document.heading(2, pages.paragraph(section.title(), pages.font(13, Font.BOLD), 10, 4));
            for (WorksheetTemplate.Field field : section.fields()) {
                document.heading(3, pages.paragraph(field.label(), pages.font(10, Font.BOLD), 4, 2));
                answer(document, field, answers);
            }
            String comment = w.comments().get(section.key());
            if (comment != null) {
                document.paragraph(
                        pages.paragraph(text.apply("worksheet.comment") + " " + comment, pages.muted(10), 2, 4));
            }
        }
        document.close();
    }

    private void answer(TaggedPdf document, WorksheetTemplate.Field field, Answers answers) {
        Font body = pages.font(10.5f, Font.NORMAL);
        switch (field.type()) {
            case TEXT, LONGTEXT, DATE ->
                document.paragraph(pages.paragraph(dash(answers.text(field.key())), body, 0, 2));
            case LIST -> {
                List<JsonValue> items = answers.rows(field.key());
                if (items.isEmpty()) {
                    document.paragraph(pages.paragraph("–", body, 0, 2));
                }
                items.forEach(
                        i -> document.paragraph(pages.paragraph("• " + ((JsonString) i).getString(), body, 0, 1)));
            }
            case TABLE, GOALS -> {
                List<JsonValue> rows = answers.rows(field.key());
                if (rows.isEmpty()) {
                    document.paragraph(pages.paragraph("–", body, 0, 2));
                }
                for (JsonValue row : rows) {
                    document.table(box(field, row.asJsonObject()), 0, true);
                }
            }
        }
    }

    private PdfPTable box(WorksheetTemplate.Field field, JsonObject row) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setSpacingAfter(3);
        int direction = pages.runDirection(row.toString());
        table.setRunDirection(direction);
        if (field.type() == FieldType.GOALS) {
            GoalAnswer.PARTS.forEach(
                    p -> cells(table, direction, text.apply("worksheet.goal." + p), row.getString(p, "")));
        } else {
            field.columns().forEach(c -> cells(table, direction, c.label(), row.getString(c.key(), "")));
        }
        return table;
    }

    private void cells(PdfPTable table, int direction, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, pages.muted(9.5f)));
        PdfPCell content = new PdfPCell(new Phrase(dash(value), pages.font(10.5f, Font.NORMAL)));
        for (PdfPCell cell : List.of(name, content)) {
            cell.setPadding(4);
            cell.setRunDirection(direction);
            cell.setBorderColor(PdfPages.MUTED);
            table.addCell(cell);
        }
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    static String fileName(WorksheetView w) {
        return (w.templateKey() + "-" + w.id() + ".pdf").toLowerCase(Locale.ROOT);
    }
}
