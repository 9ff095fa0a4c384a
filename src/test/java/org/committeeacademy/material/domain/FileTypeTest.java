package org.committeeacademy.material.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileTypeTest {

    @TempDir
    Path dir;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("Folien.pdf", Samples.pdf(), FileType.PDF),
                Arguments.of("Flipchart.PNG", Samples.png(), FileType.PNG),
                Arguments.of("Foto.jpeg", Samples.jpeg(), FileType.JPEG),
                Arguments.of("Logo.gif", Samples.utf8("GIF89a\u0001\u0000"), FileType.GIF),
                Arguments.of("Foto.webp", Samples.utf8("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "), FileType.WEBP),
                Arguments.of("Protokoll.docx", Samples.docx(), FileType.DOCX),
                Arguments.of("Haushalt.xlsx", Samples.xlsx(), FileType.XLSX),
                Arguments.of("Satzung.odt", Samples.odt(), FileType.ODT),
                Arguments.of("Notizen.txt", Samples.text(), FileType.TEXT),
                Arguments.of("Notizen.md", Samples.text(), FileType.MARKDOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void recognisesAllowedContent(String name, byte[] content, FileType expected) throws IOException {
        assertEquals(expected, FileType.of(file(content), name));
    }

    static Stream<Arguments> dangerous() {
        return Stream.of(
                Arguments.of("html", Samples.html()),
                Arguments.of("svg", Samples.svg()),
                Arguments.of("jsp", Samples.jsp()),
                Arguments.of("elf", Samples.elf()),
                Arguments.of("exe", Samples.windowsProgram()),
                Arguments.of("sh", Samples.shellScript()),
                Arguments.of("zip", Samples.plainZip()),
                Arguments.of(
                        "xml",
                        Samples.utf8(
                                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")),
                Arguments.of("latin1", new byte[] {'G', 'r', (byte) 0xFC, 0x65}),
                Arguments.of("nul", new byte[] {'a', 0, 'b'}));
    }

    @ParameterizedTest(name = "{0} renamed .pdf")
    @MethodSource("dangerous")
    void refusesDangerousContentWhateverItsName(String what, byte[] content) throws IOException {
        Path file = file(content);
        for (String name : new String[] {"Folien.pdf", "Notizen.txt", "Protokoll.docx"}) {
            UploadRefused refused = assertThrows(UploadRefused.class, () -> FileType.of(file, name));
            assertEquals(UploadRefused.TYPE_REFUSED, refused.violations().get(0).messageKey());
        }
    }

    @Test
    void markupHiddenInsideTextIsRefused() throws IOException {
        Path file = file(Samples.utf8("# Notizen\n\nSiehe < script src=//evil>\n"));
        assertThrows(UploadRefused.class, () -> FileType.of(file, "notizen.md"));
    }

    @Test
    void aPdfNamedAsAnotherTypeIsRefused() throws IOException {
        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> FileType.of(file(Samples.pdf()), "Protokoll.docx"));
        assertEquals(UploadRefused.NAME_MISMATCH, refused.violations().get(0).messageKey());
        assertThrows(UploadRefused.class, () -> FileType.of(file(Samples.pdf()), "Folien"));
        assertThrows(UploadRefused.class, () -> FileType.of(file(Samples.docx()), "Protokoll.odt"));
    }

    @Test
    void anOfficeFileWithMacrosIsRefused() throws IOException {
        Path file = dir.resolve("m.docm");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : new String[] {"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertThrows(UploadRefused.class, () -> FileType.of(file, "Protokoll.docx"));
    }

    @Test
    void anOfficeFileIsRecognisedWhateverTheOrderOfItsParts() throws IOException {
        Path file = dir.resolve("late.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : new String[] {"xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/workbook.xml"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertEquals(FileType.XLSX, FileType.of(file, "Haushalt.xlsx"));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        UploadRefused refused = assertThrows(UploadRefused.class, () -> FileType.of(file(new byte[0]), "a.txt"));
        assertEquals(UploadRefused.EMPTY, refused.violations().get(0).messageKey());
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "sample", ".bin"), content);
    }
}
