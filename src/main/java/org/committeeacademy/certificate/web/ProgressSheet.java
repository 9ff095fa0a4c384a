package org.committeeacademy.certificate.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ModuleLine;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.Sheet;

/** The cohort's progress matrix as a table to download (CSV or Excel), one line per member. */
final class ProgressSheet {

    private ProgressSheet() {}

    /** @param name the file's name without extension */
    static Sheet of(
            String name,
            List<CohortProgressView> rows,
            Map<Long, Integer> warnings,
            Map<Long, String> certificates,
            Language language,
            Function<String, String> text) {
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
        List<List<Object>> lines = new ArrayList<>();
        for (CohortProgressView row : rows) {
            List<Object> values = new ArrayList<>();
            values.add(row.memberName());
            for (ModuleLine m : row.modules()) {
                values.add(m.progress().attended() + "/" + m.progress().sessions());
                values.add(
                        text.apply("worksheetState." + m.progress().worksheet().name()));
            }
            values.add(text.apply(row.complete() ? "common.yes" : "common.no"));
            values.add(warnings.get(row.memberId()));
            values.add(certificates.getOrDefault(row.memberId(), ""));
            lines.add(values);
        }
        return new Sheet(name, header, lines);
    }
}
