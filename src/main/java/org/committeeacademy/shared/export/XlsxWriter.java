package org.committeeacademy.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet as an Excel workbook (.xlsx), written by fastexcel: texts as text, numbers as numbers, the header row bold,
 * columns as wide as their longest value. A text never becomes a formula, whatever it starts with.
 */
public final class XlsxWriter {

    private XlsxWriter() {}

    public static byte[] write(Sheet sheet) {
        return write(List.of(sheet));
    }

    /** One workbook with a worksheet per sheet, in the order given. */
    public static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Committee Academy", null);
            for (Sheet sheet : sheets) {
                fill(workbook.newWorksheet(sheet.name()), sheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void fill(Worksheet worksheet, Sheet sheet) {
        List<String> header = sheet.header();
        for (int column = 0; column < header.size(); column++) {
            worksheet.inlineString(0, column, header.get(column));
            worksheet.style(0, column).bold().set();
        }
        int row = 1;
        for (List<Object> cells : sheet.rows()) {
            for (int column = 0; column < cells.size(); column++) {
                cell(worksheet, row, column, cells.get(column));
            }
            row++;
        }
    }

    /** Texts go inline rather than into the shared string table, so the worksheet part alone holds the table. */
    private static void cell(Worksheet worksheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            worksheet.value(row, column, number);
        } else if (value != null) {
            worksheet.inlineString(row, column, value.toString());
        }
    }
}
