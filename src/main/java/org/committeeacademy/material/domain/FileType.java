package org.committeeacademy.material.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file members may receive, recognised by their content (magic bytes and, for office documents, the
 * entries of the ZIP container), never by the name or the browser's claim. Everything else is refused: HTML, SVG
 * and other markup a browser would run, server pages, programs, scripts and plain archives.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    TEXT("text/plain; charset=UTF-8", "txt"),
    MARKDOWN("text/markdown; charset=UTF-8", "md", "markdown");

    private static final int HEAD = 16;
    private static final String[] MARKUP = {
        "<html",
        "<!doctype",
        "<svg",
        "<?xml",
        "<script",
        "<%",
        "<body",
        "<iframe",
        "<object",
        "<embed",
        "<head",
        "<meta",
        "<xml",
        "<!entity"
    };

    private final String contentType;
    private final Set<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type of a received file, if its content is one we accept and its name's extension fits that content;
     * otherwise {@link UploadRefused}.
     */
    public static FileType of(Path file, String declaredName) throws IOException {
        if (Files.size(file) == 0) {
            throw new UploadRefused(UploadRefused.EMPTY);
        }
        FileType detected = sniff(file).orElseThrow(() -> new UploadRefused(UploadRefused.TYPE_REFUSED));
        String extension = extension(declaredName);
        boolean text = detected == TEXT || detected == MARKDOWN;
        if (text && (TEXT.extensions.contains(extension) || MARKDOWN.extensions.contains(extension))) {
            return MARKDOWN.extensions.contains(extension) ? MARKDOWN : TEXT;
        }
        if (!detected.extensions.contains(extension)) {
            throw new UploadRefused(UploadRefused.NAME_MISMATCH);
        }
        return detected;
    }

    static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (head.length >= 12
                && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return office(file);
        }
        return isHarmlessText(file) ? Optional.of(TEXT) : Optional.empty();
    }

    /** OOXML by its content types part and main folder; ODF by its first entry, the uncompressed mimetype. */
    private static Optional<FileType> office(Path file) throws IOException {
        Optional<FileType> odf = openDocument(file);
        if (odf.isPresent()) {
            return odf;
        }
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        } catch (IOException notAZip) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml") || names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static Optional<FileType> openDocument(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return Optional.empty();
            }
            String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
            return Arrays.stream(new FileType[] {ODT, ODS, ODP})
                    .filter(t -> t.contentType.equals(mimetype))
                    .findFirst();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    /** Valid UTF-8 without NUL bytes, no markup a browser would render, not a script (#!). */
    private static boolean isHarmlessText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        String lower = text.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (lower.startsWith("#!")) {
            return false;
        }
        String compact = lower.replaceAll("<\\s+", "<");
        return Arrays.stream(MARKUP).noneMatch(compact::contains);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
