package org.committeeacademy.shared.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.shared.web.Spreadsheet;

/** A sheet as CSV (see {@link Spreadsheet}); numbers written the way the reader's language writes them (12,5). */
public final class CsvWriter {

    private CsvWriter() {}

    public static byte[] write(Sheet sheet, Locale locale) {
        Spreadsheet csv = new Spreadsheet().row(sheet.header());
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setGroupingUsed(false);
        numbers.setMaximumFractionDigits(2);
        for (List<Object> row : sheet.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(
                        cell == null
                                ? ""
                                : cell instanceof Number n
                                        ? numbers.format(new BigDecimal(n.toString()))
                                        : cell.toString());
            }
            csv.row(cells);
        }
        return csv.bytes();
    }
}
