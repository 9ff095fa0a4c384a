package org.committeeacademy.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static final Sheet AUDIT = new Sheet(
            "audit-log",
            List.of("Wer", "Was"),
            List.of(Arrays.asList("=HYPERLINK(\"x\")", 3), Arrays.asList(null, "Anmeldung <fehlgeschlagen>")));

    @Test
    void columnNamesBeyondZ() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
    }

    @Test
    void textStaysTextNumbersStayNumbersAndEmptyCellsAreLeftOut() throws IOException {
        String sheet = Workbooks.parts(XlsxWriter.write(AUDIT)).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<t>=HYPERLINK(&quot;x&quot;)</t>"), sheet);
        assertTrue(sheet.contains("<c r=\"B2\"><v>3</v></c>"), sheet);
        assertTrue(sheet.contains("<t>Anmeldung &lt;fehlgeschlagen&gt;</t>"), sheet);
        assertFalse(sheet.contains("<f>"), "never a formula");
    }

    @Test
    void csvOfTheSameSheetDefusesTheFormula() {
        String csv = new String(CsvWriter.write(AUDIT, Locale.GERMAN), StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF\"Wer\";\"Was\"\r\n\"'=HYPERLINK(\"\"x\"\")\";\"3\"\r\n\"\";\"Anmeldung <fehlgeschlagen>\"\r\n",
                csv);
    }

    @Test
    void aRowNeedsOneCellPerColumn() {
        assertThrows(
                IllegalArgumentException.class, () -> new Sheet("x", List.of("a", "b"), List.of(List.of("only one"))));
    }
}
