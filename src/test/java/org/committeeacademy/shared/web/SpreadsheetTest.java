package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    @Test
    void aCellThatCouldRunAsAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Spreadsheet.quoted("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'-2+3\"", Spreadsheet.quoted("-2+3"));
        assertEquals("\"'+cmd|' /C calc'!A0\"", Spreadsheet.quoted("+cmd|' /C calc'!A0"));
        assertEquals("\"'@SUM(A1)\"", Spreadsheet.quoted("@SUM(A1)"));
    }

    @Test
    void aSignedNumberStaysANumber() {
        assertEquals("\"-2\"", Spreadsheet.quoted("-2"));
        assertEquals("\"+1\"", Spreadsheet.quoted("+1"));
        assertEquals("\"-12,5\"", Spreadsheet.quoted("-12,5"));
        assertEquals("\"\"", Spreadsheet.quoted(null));
    }
}
