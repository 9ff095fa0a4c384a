package org.committeeacademy.dashboard.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.dashboard.export.SurveyTable;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.pdf.PdfScript;
import org.committeeacademy.shared.pdf.TaggedPdf;

/**
 * The yearly report for the funder: A4, the year's key figures, a table and a bar chart per venue, the goal check-ins
 * and the survey outcomes. Counts and rates only: no names, no e-mail addresses, no cohort of people.
 */
public final class FunderReport {

    private static final Color INK = new Color(0x55, 0x5f, 0x6d);
    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);
    private static final float WIDTH = 495;

    private final DashboardView view;
    private final Language language;
    private final Function<String, String> text;
    private final BaseFont font;
    private PdfWriter writer;

    private FunderReport(DashboardView view, Language language, Function<String, String> text) throws IOException {
        this.view = view;
        this.language = language;
        this.text = text;
        this.font = PdfScript.regular();
    }

    /** @param text message lookup; "dashboard.report.heading" is a pattern with {0} the year */
    public static void write(
            DashboardView view, int year, Language language, Function<String, String> text, OutputStream out)
            throws IOException {
        new FunderReport(view, language, text).render(year, out);
    }

    private void render(int year, OutputStream out) {
        String heading = MessageFormat.format(text.apply("dashboard.report.heading"), String.valueOf(year));
        TaggedPdf document = TaggedPdf.open(out, PageSize.A4, new float[] {50, 50, 50, 50}, language.locale(), heading);
        writer = document.writer();
        document.heading(1, new Paragraph(heading, PdfScript.font(18, Font.BOLD)));
        document.paragraph(new Paragraph(text.apply("dashboard.report.intro"), PdfScript.font(10, Font.NORMAL, INK)));
        section(document, "dashboard.report.keyFigures");
        document.table(keyFigures(view.totals()), 0, true);
        section(document, "dashboard.table.VENUES");
        document.table(
                table(DashboardTables.sheet(DashboardTables.Table.VENUES, view, List.of(), language, text)), 1, false);
        section(document, "dashboard.report.fillByVenue");
        List<String> venues = view.venues().stream().map(Totals::label).toList();
        List<Number> fill = view.venues().stream()
                .map(t -> (Number) DashboardTables.percent(t.fillRate()))
                .toList();
        document.figure(bars(venues, fill, 100, " %"), alt(venues, fill, " %"), 6);
        section(document, "dashboard.table.CHECK_INS");
        CheckInDistribution checkIns = view.checkIns();
        List<Integer> steps = IntStream.rangeClosed(CheckInDistribution.LOWEST, CheckInDistribution.HIGHEST)
                .boxed()
                .toList();
        long most = steps.stream().mapToLong(checkIns::count).max().orElse(0);
        List<String> stepLabels =
                steps.stream().map(s -> s > 0 ? "+" + s : String.valueOf(s)).toList();
        List<Number> counts =
                steps.stream().map(s -> (Number) checkIns.count(s)).toList();
        document.figure(bars(stepLabels, counts, Math.max(1, most), ""), alt(stepLabels, counts, ""), 6);
        section(document, "dashboard.table.SURVEYS");
        if (SurveyTable.of(view.surveys()).isEmpty()) {
            document.paragraph(new Paragraph(text.apply("dashboard.survey.none"), PdfScript.font(10, Font.NORMAL)));
        } else {
            document.table(
                    table(DashboardTables.sheet(DashboardTables.Table.SURVEYS, view, List.of(), language, text)),
                    1,
                    false);
        }
        document.close();
    }

    /** What a chart shows, in words: "chart description: label value, label value, …". */
    private String alt(List<String> labels, List<? extends Number> values, String unit) {
        StringBuilder alt = new StringBuilder(text.apply("dashboard.report.chartValues")).append(": ");
        for (int i = 0; i < labels.size(); i++) {
            Number value = values.get(i);
            alt.append(i == 0 ? "" : ", ")
                    .append(labels.get(i))
                    .append(' ')
                    .append(value == null ? "–" : shown(value, unit));
        }
        return alt.toString();
    }

    private void section(TaggedPdf document, String key) {
        Paragraph title = new Paragraph(text.apply(key), PdfScript.font(13, Font.BOLD));
        title.setSpacingBefore(14);
        title.setSpacingAfter(6);
        document.heading(2, title);
    }

    private PdfPTable keyFigures(Totals totals) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setRunDirection(PdfScript.runDirection(language.locale()));
        figure(table, "dashboard.col.cohorts", totals.cohorts());
        figure(table, "dashboard.col.capacity", totals.capacity());
        figure(table, "dashboard.col.seats", totals.seatsTaken());
        figure(table, "dashboard.col.fill", DashboardTables.percent(totals.fillRate()));
        figure(table, "dashboard.col.waiting", totals.waiting());
        figure(table, "dashboard.col.noShow", DashboardTables.percent(totals.noShowRate()));
        figure(table, "dashboard.col.attendance", DashboardTables.percent(totals.attendanceRate()));
        figure(table, "dashboard.col.completion", DashboardTables.percent(totals.completionRate()));
        figure(table, "dashboard.col.worksheets", totals.worksheets());
        figure(table, "dashboard.col.certificates", totals.certificates());
        return table;
    }

    private void figure(PdfPTable table, String key, Object value) {
        table.addCell(cell(text.apply(key), PdfScript.font(10, Font.NORMAL)));
        table.addCell(cell(shown(value, value instanceof BigDecimal ? " %" : ""), PdfScript.font(10, Font.BOLD)));
    }

    private PdfPTable table(Sheet sheet) {
        PdfPTable table = new PdfPTable(sheet.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setRunDirection(PdfScript.runDirection(language.locale()));
        Font head = PdfScript.font(7, Font.BOLD);
        for (String title : sheet.header()) {
            PdfPCell cell = cell(title, head);
            cell.setBackgroundColor(new Color(0xe7, 0xec, 0xf3));
            table.addCell(cell);
        }
        Font body = PdfScript.font(7, Font.NORMAL);
        for (List<Object> row : sheet.rows()) {
            row.forEach(value -> table.addCell(cell(shown(value, ""), body)));
        }
        return table;
    }

    private PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setRunDirection(PdfScript.runDirection(language.locale(), value));
        cell.setBorderColor(INK);
        cell.setPadding(3);
        return cell;
    }

    /** A horizontal bar per label, drawn on the page (labels left, value after the bar). */
    private Image bars(List<String> labels, List<? extends Number> values, double max, String unit) {
        float row = 14;
        float labelWidth = 170;
        float height = Math.max(row, labels.size() * row) + 4;
        PdfTemplate chart = writer.getDirectContent().createTemplate(WIDTH, height);
        float barSpace = WIDTH - labelWidth - 50;
        for (int i = 0; i < labels.size(); i++) {
            float y = height - (i + 1) * row;
            Number value = values.get(i);
            text(chart, shortened(labels.get(i)), 0, y + 3);
            if (value != null) {
                float length = (float) (barSpace * Math.min(1, value.doubleValue() / max));
                chart.setColorFill(BAR);
                chart.rectangle(labelWidth, y + 2, Math.max(length, 0.5f), row - 4);
                chart.fill();
                text(chart, shown(value, unit), labelWidth + length + 4, y + 3);
            } else {
                text(chart, "–", labelWidth + 4, y + 3);
            }
        }
        chart.setColorStroke(INK);
        chart.moveTo(labelWidth, 0);
        chart.lineTo(labelWidth, height);
        chart.stroke();
        Image image = Image.getInstance(chart);
        return image;
    }

    /** Through ColumnText, so that a venue named in Arabic is shaped too. */
    private void text(PdfContentByte canvas, String value, float x, float y) {
        canvas.setColorFill(Color.BLACK);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(value, new Font(font, 8)),
                x,
                y,
                0,
                PdfScript.runDirection(java.util.Locale.ROOT, value),
                0);
    }

    private static String shortened(String label) {
        return label.length() > 38 ? label.substring(0, 37) + "…" : label;
    }

    /** Numbers and percentages (unit " %") through the one formatter of the report's language: "75 %", "75%". */
    private String shown(Object value, String unit) {
        LocalFormats formats = LocalFormats.of(language);
        if (value instanceof Number number) {
            return unit.isBlank() ? formats.number(number) : formats.percent(number);
        }
        return value == null ? LocalFormats.NONE : value.toString();
    }
}
