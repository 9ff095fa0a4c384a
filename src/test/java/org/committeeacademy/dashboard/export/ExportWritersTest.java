package org.committeeacademy.dashboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.export.Workbooks;
import org.committeeacademy.shared.export.XlsxWriter;
import org.committeeacademy.survey.application.SurveyOutcomes;
import org.junit.jupiter.api.Test;

class ExportWritersTest {

    private static final CohortFigures BONN = new CohortFigures(
            7,
            "=Bonn <Samstag> & Co",
            1,
            "Reihe",
            "Series",
            3,
            "VHS Bonn",
            LocalDateTime.of(2026, 3, 7, 10, 0),
            8,
            6,
            6,
            2,
            7,
            2,
            1,
            0,
            12,
            0,
            false);
    private static final DashboardView VIEW = new DashboardView(
            DashboardFilter.year(2026),
            Totals.of("", List.of(BONN)),
            List.of(Totals.of("VHS Bonn", List.of(BONN))),
            List.of(BONN),
            CheckInDistribution.empty().plus(1, 4),
            SurveyOutcomes.none(),
            List.of());

    private static Sheet cohorts(List<String> picked) {
        return DashboardTables.sheet(DashboardTables.Table.COHORTS, VIEW, picked, Language.EN, key -> key);
    }

    @Test
    void onlyThePickedColumnsInTheTablesOrder() {
        Sheet sheet = cohorts(List.of("waiting", "title", "fill"));
        assertEquals(List.of("dashboard.col.title", "dashboard.col.fill", "dashboard.col.waiting"), sheet.header());
        assertEquals(
                List.of("=Bonn <Samstag> & Co", new java.math.BigDecimal("75.0"), 2),
                sheet.rows().get(0));
    }

    @Test
    void nothingPickedMeansEveryColumn() {
        assertEquals(13, cohorts(List.of()).header().size());
    }

    @Test
    void csvDefusesFormulasAndWritesNumbersInTheReadersLanguage() {
        String csv = new String(
                CsvWriter.write(cohorts(List.of("title", "fill", "noShow")), Locale.GERMAN), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFF\"dashboard.col.title\";\"dashboard.col.fill\";\"dashboard.col.noShow\"", lines[0]);
        assertEquals("\"'=Bonn <Samstag> & Co\";\"75\";\"20\"", lines[1]);
    }

    @Test
    void xlsxHoldsThePickedColumnsWithNumbersAsNumbersAndTextEscaped() throws IOException {
        Map<String, String> parts = Workbooks.parts(XlsxWriter.write(cohorts(List.of("title", "capacity", "fill"))));
        assertTrue(parts.containsKey("[Content_Types].xml"));
        assertTrue(parts.get("xl/workbook.xml").contains("sheet name=\"dashboard.table.COHORTS\""));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>dashboard.col.title</t></is></c>"));
        assertTrue(sheet.contains("<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>dashboard.col.fill</t></is></c>"));
        assertTrue(
                sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>=Bonn &lt;Samstag&gt; &amp; Co</t></is></c>"),
                sheet);
        assertTrue(sheet.contains("<c r=\"B2\" t=\"n\"><v>8</v></c>"));
        assertTrue(sheet.contains("<c r=\"C2\" t=\"n\"><v>75.0</v></c>"));
        assertFalse(sheet.contains("dashboard.col.venue"));
        assertFalse(sheet.contains("<f>"), "never a formula");
    }

    @Test
    void checkInsTableHasOneRowPerStep() {
        Sheet sheet = DashboardTables.sheet(DashboardTables.Table.CHECK_INS, VIEW, List.of(), Language.DE, key -> key);
        assertEquals(5, sheet.rows().size());
        assertEquals(
                List.of("+1", 4L, new java.math.BigDecimal("100.0")),
                sheet.rows().get(3));
    }
}
