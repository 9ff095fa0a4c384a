package org.committeeacademy.material.domain;

import java.io.BufferedInputStream;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of file members may receive, recognised by their content (Apache Tika's magic bytes and, for Office Open
 * XML, the entries of the ZIP container), never by the name or the browser's claim. Everything else is refused:
 * HTML, SVG and other markup a browser would run, server pages, programs, scripts and plain archives.
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

    /** The types Tika recognises by their content alone, under the same name we serve them with. */
    private static final Set<FileType> BY_MAGIC = EnumSet.of(PDF, PNG, JPEG, GIF, WEBP, ODT, ODS, ODP);

    private static final Set<FileType> ZIPPED = EnumSet.of(DOCX, XLSX, PPTX, ODT, ODS, ODP);

    private static final Set<MediaType> ZIP = Set.of(MediaType.APPLICATION_ZIP, MediaType.application("x-tika-ooxml"));

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
        if (detected == PDF && !ContainerChecks.plainPdf(file)) {
            throw new UploadRefused(UploadRefused.ACTIVE_CONTENT);
        }
        if (ZIPPED.contains(detected) && !ContainerChecks.noZipBomb(file)) {
            throw new UploadRefused(UploadRefused.ACTIVE_CONTENT);
        }
        return detected;
    }

    /**
     * Tika names the type by its magic bytes. Office Open XML it tells apart from other ZIPs only by the file name,
     * so there the entries decide; and anything Tika takes for text must pass our stricter rules for text.
     */
    static Optional<FileType> sniff(Path file) throws IOException {
        MimeTypes tika = MimeTypes.getDefaultMimeTypes();
        MediaType detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = tika.detect(in, new Metadata()).getBaseType();
        }
        if (ZIP.contains(detected)) {
            return officeOpenXml(file);
        }
        if (tika.getMediaTypeRegistry().isInstanceOf(detected, MediaType.TEXT_PLAIN)) {
            return isHarmlessText(file) ? Optional.of(TEXT) : Optional.empty();
        }
        return BY_MAGIC.stream()
                .filter(t -> t.contentType.equals(detected.toString()))
                .findFirst();
    }

    /** A Word, Excel or PowerPoint document by its content types part and main folder, unless it carries macros. */
    private static Optional<FileType> officeOpenXml(Path file) {
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

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
