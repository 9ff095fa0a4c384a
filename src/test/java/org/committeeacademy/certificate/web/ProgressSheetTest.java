package org.committeeacademy.certificate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ModuleLine;
import org.committeeacademy.progress.domain.ModuleFacts;
import org.committeeacademy.progress.domain.ProgressRule;
import org.committeeacademy.progress.domain.WorksheetState;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.export.CsvWriter;
import org.junit.jupiter.api.Test;

class ProgressSheetTest {

    @Test
    void oneLinePerMemberWithAttendanceAndWorksheetPerModuleAndNoFormulas() {
        ProgressRule rule = new ProgressRule(1);
        ModuleLine context = new ModuleLine(
                "context",
                new LocalizedText("Lokalen Kontext verstehen", "Understanding the local context"),
                rule.evaluate(new ModuleFacts("context", 2, 1, WorksheetState.SUBMITTED)));
        CohortProgressView row = new CohortProgressView(
                7, "Bonn", new LocalizedText("Reihe", "Series"), 42, "=Ayşe", List.of(context), false);
        String csv = new String(
                CsvWriter.write(
                        ProgressSheet.of("p", List.of(row), Map.of(42L, 2), Map.of(), Language.DE, key -> key),
                        Locale.GERMAN),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("\uFEFF\"progress.csv.member\";\"Lokalen Kontext verstehen – "), lines[0]);
        assertEquals("\"'=Ayşe\";\"1/2\";\"worksheetState.SUBMITTED\";\"common.no\";\"2\";\"\"", lines[1]);
    }
}
