package org.committeeacademy.material.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertEquals("passwd.txt", FileName.sanitise("../../etc/passwd.txt"));
        assertEquals("Folien.pdf", FileName.sanitise("C:\\Users\\Leyla\\Folien.pdf"));
    }

    @Test
    void keepsUmlautsAndDropsControlCharactersAndQuotes() {
        assertEquals(
                "Übersicht Gemeindeordnung Köln.pdf",
                FileName.sanitise("\"Übersicht\r\n Gemeindeordnung\u0000 Köln\".pdf"));
        assertEquals("evil.pdf", FileName.sanitise("ev'il\u202E.pdf"));
    }

    @Test
    void neverEmptyNorHidden() {
        assertEquals("file", FileName.sanitise(null));
        assertEquals("file", FileName.sanitise("///"));
        assertEquals("htaccess", FileName.sanitise(".htaccess"));
    }

    @Test
    void longNamesAreCutButKeepTheirExtension() {
        String name = FileName.sanitise("a".repeat(300) + ".pdf");
        assertEquals(FileName.MAX_LENGTH, name.length());
        assertTrue(name.endsWith(".pdf"));
    }
}
