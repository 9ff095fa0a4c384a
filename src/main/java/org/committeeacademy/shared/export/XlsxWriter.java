package org.committeeacademy.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A sheet as an Excel workbook (.xlsx, Office Open XML): the zip of five small XML parts a spreadsheet program needs,
 * texts as inline strings, numbers as numbers, the header row bold. Texts are escaped for XML and never become
 * formulas (an inline string is always text).
 */
public final class XlsxWriter {

    private XlsxWriter() {}

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "xl/workbook.xml", workbook(sheet.name()));
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            part(zip, "xl/styles.xml", STYLES);
            part(zip, "xl/worksheets/sheet1.xml", sheetXml(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sheetXml(Sheet sheet) {
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                        + MAIN + "\"><sheetData>");
        row(xml, 1, List.copyOf(sheet.header()), true);
        int number = 2;
        for (List<Object> row : sheet.rows()) {
            row(xml, number++, row, false);
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void row(StringBuilder xml, int number, List<Object> cells, boolean header) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            String ref = column(i) + number;
            String style = header ? " s=\"1\"" : "";
            if (cell == null) {
                continue;
            }
            if (cell instanceof Number n) {
                xml.append("<c r=\"").append(ref).append('"').append(style).append("><v>");
                xml.append(n).append("</v></c>");
            } else {
                xml.append("<c r=\"").append(ref).append('"').append(style).append(" t=\"inlineStr\"><is><t");
                String text = cell.toString();
                if (!text.equals(text.strip())) {
                    xml.append(" xml:space=\"preserve\"");
                }
                xml.append('>').append(escaped(text)).append("</t></is></c>");
            }
        }
        xml.append("</row>");
    }

    /** A, B, … Z, AA, AB, … */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry at all are left out
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String workbook(String sheetName) {
        String name = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
        name = name.length() > 31 ? name.substring(0, 31) : name;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"" + escaped(name)
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"" + PKG + "\"><Relationship Id=\"rId1\" Type=\"" + REL
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"" + PKG + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>";
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "</styleSheet>";
}
