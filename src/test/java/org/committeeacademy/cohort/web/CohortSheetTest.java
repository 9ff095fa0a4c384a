package org.committeeacademy.cohort.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.export.CsvWriter;
import org.junit.jupiter.api.Test;

class CohortSheetTest {

    private static final CohortOverview KOELN = new CohortOverview(
            7,
            "Köln – \"Frühjahr\"; Gruppe 2",
            new LocalizedText("Qualifizierungsreihe", "Qualification series"),
            "VHS Köln",
            "Köln",
            2L,
            CohortStatus.OPEN,
            8,
            5,
            1,
            LocalDateTime.of(2027, 4, 3, 10, 0),
            LocalDateTime.of(2027, 4, 17, 10, 0));

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUmlauts() {
        byte[] csv = CsvWriter.write(CohortSheet.of(List.of(KOELN), Language.DE, key -> key), Locale.GERMAN);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void oneLinePerCohortWithQuotedValuesAndTranslatedStatus() {
        String csv = new String(
                CsvWriter.write(
                        CohortSheet.of(
                                List.of(KOELN), Language.EN, key -> key.equals("cohort.status.OPEN") ? "open" : key),
                        Locale.ENGLISH),
                StandardCharsets.UTF_8);

        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(
                "\"Köln – \"\"Frühjahr\"\"; Gruppe 2\";\"Qualification series\";\"VHS Köln\";\"3 Apr 2027\";"
                        + "\"17 Apr 2027\";\"open\";\"5\";\"8\";\"1\"",
                lines[1]);
    }
}
