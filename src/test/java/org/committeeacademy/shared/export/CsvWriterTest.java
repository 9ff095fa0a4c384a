package org.committeeacademy.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void aCellThatCouldRunAsAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", line("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'-2+3\"", line("-2+3"));
        assertEquals("\"'+cmd|' /C calc'!A0\"", line("+cmd|' /C calc'!A0"));
        assertEquals("\"'@SUM(A1)\"", line("@SUM(A1)"));
        assertEquals("\"'\tx\"", line("\tx"));
    }

    @Test
    void titlesAndNamesThatLookLikeFormulasStayText() {
        assertEquals("\"'=HYPERLINK(1)\"", line("=HYPERLINK(1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", line("=HYPERLINK(\"x\")"));
        assertEquals("\"'@SUM(1)\"", line("@SUM(1)"));
    }

    @Test
    void aSignedNumberStaysANumber() {
        assertEquals("\"-2\"", line("-2"));
        assertEquals("\"+1\"", line("+1"));
        assertEquals("\"-12,5\"", line("-12,5"));
        assertEquals("\"\"", line(null));
    }

    @Test
    void aHeaderIsDefusedLikeAnyCell() {
        String csv = csv(new Sheet("x", List.of("=1+1"), List.of()), Locale.GERMAN);
        assertEquals("\uFEFF\"'=1+1\"\r\n", csv);
    }

    @Test
    void numbersAreWrittenInTheReadersLanguageWithoutGrouping() {
        Sheet sheet = new Sheet("x", List.of("a", "b", "c"), List.of(List.of(new BigDecimal("1234.567"), 12.5, -3)));
        assertEquals("\"1234,57\";\"12,5\";\"-3\"", csv(sheet, Locale.GERMAN).split("\r\n")[1]);
        assertEquals("\"1234.57\";\"12.5\";\"-3\"", csv(sheet, Locale.ENGLISH).split("\r\n")[1]);
    }

    @Test
    void aLineBreakOrSemicolonStaysInsideItsCell() {
        Sheet sheet = new Sheet("x", List.of("a", "b"), List.of(List.of("Zeile 1\r\nZeile 2", "x;y")));
        assertEquals("\uFEFF\"a\";\"b\"\r\n\"Zeile 1\r\nZeile 2\";\"x;y\"\r\n", csv(sheet, Locale.GERMAN));
    }

    private static String line(String value) {
        Sheet sheet = new Sheet("x", List.of("a"), List.of(Arrays.asList((Object) value)));
        return csv(sheet, Locale.GERMAN).split("\r\n")[1];
    }

    private static String csv(Sheet sheet, Locale locale) {
        return new String(CsvWriter.write(sheet, locale), StandardCharsets.UTF_8);
    }
}
