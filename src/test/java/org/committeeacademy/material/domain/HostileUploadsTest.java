package org.committeeacademy.material.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile uploads of issue 20 that the type check alone let through: a PDF header followed by HTML, PDFs whose
 * actions run on opening (also hidden in an object stream or behind #xx name escapes), and zip bombs as .docx/.xlsx.
 */
class HostileUploadsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostilePdfs() throws IOException {
        return Stream.of(
                Arguments.of("PDF header, then HTML", pdf("<html><body><script>alert(1)</script></body></html>")),
                Arguments.of("JavaScript action", pdf("2 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj")),
                Arguments.of("OpenAction", pdf("1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj")),
                Arguments.of("Launch", pdf("2 0 obj << /S /Launch /F (cmd.exe) >> endobj")),
                Arguments.of("escaped name", pdf("2 0 obj << /S /J#61vaScript /J#53 (x) >> endobj")),
                Arguments.of("action in an object stream", objectStream("<< /S /JavaScript /JS (app.alert(1)) >>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePdfs")
    void aPdfThatRunsSomethingIsRefused(String what, byte[] content) throws IOException {
        UploadRefused refused = assertThrows(UploadRefused.class, () -> FileType.of(file(content), "Folien.pdf"));
        assertEquals(UploadRefused.ACTIVE_CONTENT, refused.violations().get(0).messageKey());
    }

    @Test
    void aPlainPdfWithCompressedObjectsIsAccepted() throws IOException {
        assertEquals(FileType.PDF, FileType.of(file(objectStream("<< /Type /Page /Contents 4 0 R >>")), "a.pdf"));
        assertEquals(FileType.PDF, FileType.of(file(Samples.pdf()), "a.pdf"));
    }

    @Test
    void aZipBombNamedDocxOrXlsxIsRefused() throws IOException {
        for (String[] parts : new String[][] {{"word/document.xml", "a.docx"}, {"xl/workbook.xml", "a.xlsx"}}) {
            Path bomb = dir.resolve("bomb-" + parts[1]);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(parts[0]));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 50; i++) {
                    zip.write(zeros); // 50 MB of zeros pack into ~50 kB: a ratio of ~1000
                }
                zip.closeEntry();
            }
            UploadRefused refused = assertThrows(UploadRefused.class, () -> FileType.of(bomb, parts[1]));
            assertEquals(
                    UploadRefused.ACTIVE_CONTENT, refused.violations().get(0).messageKey(), parts[1]);
        }
    }

    @Test
    void anOrdinaryOfficeFileIsAccepted() throws IOException {
        assertEquals(FileType.DOCX, FileType.of(file(Samples.docx()), "Protokoll.docx"));
    }

    private static byte[] pdf(String body) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + body + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF 1.5 object stream: its objects are Flate-compressed, invisible to a scan of the raw bytes. */
    private static byte[] objectStream(String object) throws IOException {
        Deflater deflater = new Deflater();
        deflater.setInput(("3 0 " + object).getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int length = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(
                "%PDF-1.5\n1 0 obj << /Type /Catalog >> endobj\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                        .concat(String.valueOf(length))
                        .concat(" >>\nstream\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        out.write(buffer, 0, length);
        out.write("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "hostile", ".bin"), content);
    }
}
