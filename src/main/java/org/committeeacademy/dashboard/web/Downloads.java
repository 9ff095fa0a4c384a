package org.committeeacademy.dashboard.web;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.committeeacademy.dashboard.export.CsvWriter;
import org.committeeacademy.dashboard.export.Sheet;
import org.committeeacademy.dashboard.export.XlsxWriter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A dashboard table as a file to download: "csv" or "xlsx". */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static StreamedContent of(Sheet sheet, String format, Locale locale) {
        boolean xlsx = "xlsx".equals(format);
        byte[] bytes = xlsx ? XlsxWriter.write(sheet) : CsvWriter.write(sheet, locale);
        return file(sheet.name() + (xlsx ? ".xlsx" : ".csv"), xlsx ? XLSX : "text/csv; charset=UTF-8", bytes);
    }

    static StreamedContent file(String name, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(contentType)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
