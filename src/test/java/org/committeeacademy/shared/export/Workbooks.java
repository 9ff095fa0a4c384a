package org.committeeacademy.shared.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** For tests: the parts of an .xlsx file (a zip of XML parts) by name, as text. */
public final class Workbooks {

    private Workbooks() {}

    public static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
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
