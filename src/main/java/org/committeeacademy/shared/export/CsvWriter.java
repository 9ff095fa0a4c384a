package org.committeeacademy.shared.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A sheet as CSV the way spreadsheet programs open it: UTF-8 with a byte order mark and semicolons, which is what
 * Excel in a German locale reads with umlauts intact and one value per column. Every value is quoted, and one
 * starting with =, +, -, @, a tab or a return is defused so a spreadsheet never runs it as a formula (a plain signed
 * number stays as it is). Numbers are written the way the reader's language writes them (12,5); for a file another
 * program reads (the exchange format) a BigDecimal may keep up to two of its decimals (120,00 for a fee).
 */
public final class CsvWriter {

    private static final CSVFormat SEMICOLONS_ALL_QUOTED = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setQuoteMode(QuoteMode.ALL)
            .get();

    /** A signed number such as -2 or +1,5 runs nothing, and stays a number for the spreadsheet. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]\\d{1,15}([.,]\\d{1,15})?");

    private CsvWriter() {}

    public static byte[] write(Sheet sheet, Locale locale) {
        return write(sheet, locale, false);
    }

    /** @param decimalsAsGiven whether a BigDecimal keeps its decimals (up to two): 2,0 and 120,00 */
    public static byte[] write(Sheet sheet, Locale locale, boolean decimalsAsGiven) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setGroupingUsed(false);
        numbers.setMaximumFractionDigits(2);
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, SEMICOLONS_ALL_QUOTED)) {
            printer.printRecord(sheet.header().stream().map(CsvWriter::defused));
            for (List<Object> row : sheet.rows()) {
                printer.printRecord(row.stream().map(cell -> defused(text(cell, numbers, decimalsAsGiven))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object cell, NumberFormat numbers, boolean decimalsAsGiven) {
        if (decimalsAsGiven && cell instanceof BigDecimal decimal && decimal.scale() > 0) {
            NumberFormat withScale = (NumberFormat) numbers.clone();
            withScale.setMinimumFractionDigits(Math.min(decimal.scale(), 2));
            return withScale.format(decimal);
        }
        if (cell instanceof Number n) {
            return numbers.format(new BigDecimal(n.toString()));
        }
        return cell == null ? "" : cell.toString();
    }

    private static String defused(String value) {
        if (!value.isEmpty()
                && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }
}
