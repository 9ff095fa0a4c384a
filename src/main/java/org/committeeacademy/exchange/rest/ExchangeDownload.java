package org.committeeacademy.exchange.rest;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.committeeacademy.exchange.domain.ExchangeFile;
import org.committeeacademy.exchange.domain.ExchangeLayout;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.XlsxWriter;

/**
 * An export as the answer to a request: {@code format=xlsx} one workbook with the sheets Kurse, Termine and
 * Teilnehmende; {@code format=csv} (the default) one table, chosen by {@code part=cohorts|sessions|participants}
 * (default cohorts).
 */
final class ExchangeDownload {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExchangeDownload() {}

    /** Checks format and part before anything is read: 400 for an unknown one. */
    static ExchangeLayout.Part part(String format, String part) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new ValidationException("format", "exchange.api.format");
        }
        return Arrays.stream(ExchangeLayout.Part.values())
                .filter(p -> p.name().equalsIgnoreCase(part))
                .findFirst()
                .orElseThrow(() -> new ValidationException("part", "exchange.api.part"));
    }

    static Response of(ExchangeFile file, String format, ExchangeLayout.Part which, String baseName) {
        if ("xlsx".equals(format)) {
            return attachment(XlsxWriter.write(ExchangeLayout.workbook(file)), XLSX_TYPE, baseName + ".xlsx");
        }
        String name = baseName + "-" + which.name().toLowerCase(Locale.ROOT);
        byte[] csv = CsvWriter.write(ExchangeLayout.sheet(file, which, name), ExchangeLayout.CSV_LOCALE, true);
        return attachment(csv, CSV_TYPE, name + ".csv");
    }

    private static Response attachment(byte[] content, String type, String fileName) {
        return Response.ok(content)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
