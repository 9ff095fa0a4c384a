package org.committeeacademy.progress.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ModuleLine;
import org.committeeacademy.shared.domain.Language;

/**
 * The cohort's progress matrix as a spreadsheet file, written like the other exports: UTF-8 with a byte order mark,
 * semicolons, every value quoted and formula characters defused.
 */
final class ProgressCsv {

    private static final String BOM = "\uFEFF";

    private ProgressCsv() {}

    static byte[] of(
            List<CohortProgressView> rows,
            Map<Long, Integer> warnings,
            Map<Long, String> certificates,
            Language language,
            Function<String, String> text) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        header.add(text.apply("progress.csv.member"));
        if (!rows.isEmpty()) {
            for (ModuleLine m : rows.get(0).modules()) {
                header.add(m.title().in(language) + " – " + text.apply("progress.csv.attendance"));
                header.add(m.title().in(language) + " – " + text.apply("progress.csv.worksheet"));
            }
        }
        header.add(text.apply("progress.csv.complete"));
        header.add(text.apply("progress.csv.absenceWarning"));
        header.add(text.apply("progress.csv.certificate"));
        line(csv, header);
        for (CohortProgressView row : rows) {
            List<String> values = new ArrayList<>();
            values.add(row.memberName());
            for (ModuleLine m : row.modules()) {
                values.add(m.progress().attended() + "/" + m.progress().sessions());
                values.add(
                        text.apply("worksheetState." + m.progress().worksheet().name()));
            }
            values.add(text.apply(row.complete() ? "common.yes" : "common.no"));
            values.add(warnings.containsKey(row.memberId()) ? String.valueOf(warnings.get(row.memberId())) : "");
            values.add(certificates.getOrDefault(row.memberId(), ""));
            line(csv, values);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> values) {
        csv.append(values.stream().map(ProgressCsv::quoted).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    /** Quotes every value; a leading =, +, - or @ is defused so a spreadsheet never runs a name as a formula. */
    static String quoted(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
