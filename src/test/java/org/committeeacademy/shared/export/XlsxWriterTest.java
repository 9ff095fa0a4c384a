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
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static final Sheet AUDIT = new Sheet(
            "audit-log",
            List.of("Wer", "Was"),
            List.of(Arrays.asList("=HYPERLINK(\"x\")", 3), Arrays.asList(null, "Anmeldung <fehlgeschlagen>")));

    @Test
    void columnNamesBeyondZ() throws IOException {
        List<String> header = IntStream.range(0, 27).mapToObj(i -> "c" + i).toList();
        List<Object> row = IntStream.range(0, 27).<Object>mapToObj(i -> i).toList();
        String sheet = Workbooks.sheet(XlsxWriter.write(new Sheet("wide", header, List.of(row))));
        assertTrue(sheet.contains("<c r=\"A2\" t=\"n\"><v>0</v></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"Z2\" t=\"n\"><v>25</v></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"AA2\" t=\"n\"><v>26</v></c>"), sheet);
    }

    @Test
    void textStaysTextNumbersStayNumbersAndEmptyCellsAreLeftOut() throws IOException {
        String sheet = Workbooks.parts(XlsxWriter.write(AUDIT)).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<t>=HYPERLINK(&quot;x&quot;)</t>"), sheet);
        assertTrue(sheet.contains("<c r=\"B2\" t=\"n\"><v>3</v></c>"), sheet);
        assertTrue(sheet.contains("<t>Anmeldung &lt;fehlgeschlagen&gt;</t>"), sheet);
        assertFalse(sheet.contains("<f>"), "never a formula");
    }

    @Test
    void theHeaderIsBoldAndAColumnAsWideAsItsLongestText() throws IOException {
        Map<String, String> parts = Workbooks.parts(XlsxWriter.write(AUDIT));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Wer</t></is></c>"), sheet);
        assertTrue(parts.get("xl/styles.xml").contains("<font><b/>"), parts.get("xl/styles.xml"));
        assertTrue(sheet.contains("<col min=\"2\" max=\"2\" width="), sheet);
    }

    @Test
    void textsBeyondAsciiReadBackAsTheyWere() throws IOException {
        Sheet sheet = new Sheet("x", List.of("a"), List.of(List.of("Ayşe Yılmaz – Grüße 👋")));
        assertTrue(Workbooks.sheet(XlsxWriter.write(sheet)).contains("<t>Ayşe Yılmaz – Grüße 👋</t>"));
    }

    @Test
    void charactersXmlCannotCarryAreLeftOut() throws IOException {
        Sheet sheet = new Sheet("x", List.of("a"), List.of(List.of("Bonn\u0001Beuel")));
        assertTrue(Workbooks.sheet(XlsxWriter.write(sheet)).contains("<t>BonnBeuel</t>"));
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
