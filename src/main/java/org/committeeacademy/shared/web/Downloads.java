package org.committeeacademy.shared.web;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.export.XlsxWriter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Files to download from a page. A table comes in the two forms every list offers, CSV (for any program) and Excel
 * (XLSX, numbers as numbers), named after the sheet; any other file (a PDF, a ZIP) with its name and type.
 */
public final class Downloads {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** @param format "xlsx" for Excel, anything else for CSV */
    public static StreamedContent of(Sheet sheet, String format, Locale locale) {
        return "xlsx".equals(format) ? xlsx(sheet) : csv(sheet, locale);
    }

    public static StreamedContent csv(Sheet sheet, Locale locale) {
        return file(sheet.name() + ".csv", CSV_TYPE, CsvWriter.write(sheet, locale));
    }

    public static StreamedContent xlsx(Sheet sheet) {
        return file(sheet.name() + ".xlsx", XLSX_TYPE, XlsxWriter.write(sheet));
    }

    public static StreamedContent file(String name, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(contentType)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
