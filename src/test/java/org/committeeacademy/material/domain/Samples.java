package org.committeeacademy.material.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, built in the test. */
public final class Samples {

    private Samples() {}

    public static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>", "word/document.xml", "<w/>");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<wb/>");
    }

    public static byte[] odt() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = ascii("application/vnd.oasis.opendocument.text");
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(ascii("<office:document-content/>"));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] plainZip() {
        return zip("readme.txt", "hello", "setup.exe", "MZ");
    }

    public static byte[] html() {
        return utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    }

    public static byte[] svg() {
        return utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    }

    public static byte[] jsp() {
        return utf8("<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>");
    }

    public static byte[] elf() {
        return new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0};
    }

    public static byte[] windowsProgram() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    }

    public static byte[] shellScript() {
        return utf8("#!/bin/sh\nrm -rf /\n");
    }

    public static byte[] text() {
        return utf8("Tagesordnung für den Integrationsausschuss\n1. Begrüßung\n2. Haushalt – Überblick\n");
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(String... namesAndContents) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(utf8(namesAndContents[i + 1]));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
