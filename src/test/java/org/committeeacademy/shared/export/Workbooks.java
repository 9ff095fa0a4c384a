package org.committeeacademy.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * For tests: the parts of an .xlsx file (a zip of XML parts) by name, as text. Read through the zip's central
 * directory, as spreadsheet programs do: fastexcel streams its parts with ZIP64 data descriptors, which Java 17's
 * ZipInputStream misreads. fastexcel writes every character beyond ASCII as a character reference (&#xe4;); they are
 * read back as the characters they stand for, so a test can look for "Ayşe" as it would in a spreadsheet.
 */
public final class Workbooks {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

    private Workbooks() {}

    public static Map<String, String> parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("workbook", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), withCharacters(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    private static String withCharacters(String xml) {
        return CHARACTER_REFERENCE
                .matcher(xml)
                .replaceAll(reference ->
                        Matcher.quoteReplacement(Character.toString(Integer.parseInt(reference.group(1), 16))));
    }

    /** The first (and only) worksheet's XML. */
    public static String sheet(byte[] xlsx) throws IOException {
        String sheet = parts(xlsx).get("xl/worksheets/sheet1.xml");
        if (sheet == null) {
            throw new AssertionError("no worksheet in the workbook");
        }
        return sheet;
    }
}
