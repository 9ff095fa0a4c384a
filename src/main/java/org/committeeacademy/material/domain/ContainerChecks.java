package org.committeeacademy.material.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a recognised type may not carry inside. A PDF: no HTML after its header (a browser sniffing it would render
 * it), no actions that run when it is opened (JavaScript, OpenAction, Launch, additional actions, embedded files),
 * also not inside compressed object streams (the only compressed streams inflated here). An Office or OpenDocument file (a ZIP): no zip bomb, i.e. limited entries,
 * total uncompressed size and compression ratio, counted while actually inflating, not from the declared sizes.
 */
final class ContainerChecks {

    static final long MAX_UNCOMPRESSED = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_RATIO = 200;

    private static final String[] PDF_MARKUP = {"<html", "<!doctype html", "<script", "<body", "<iframe", "<svg"};
    private static final Pattern PDF_ACTION =
            Pattern.compile("/(JavaScript|JS|OpenAction|Launch|AA|EmbeddedFile|RichMedia|SubmitForm|ImportData)\\b");
    private static final Pattern PDF_NAME_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final Pattern FLATE_STREAM = Pattern.compile("stream\\r?\\n");

    private ContainerChecks() {}

    /** @return whether the PDF is plain: no markup, no actions, also in its compressed streams */
    static boolean plainPdf(Path file) throws IOException {
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (containsMarkup(raw) || hasAction(raw)) {
            return false;
        }
        long inflatedTotal = 0;
        Matcher start = FLATE_STREAM.matcher(raw);
        while (start.find()) {
            int end = raw.indexOf("endstream", start.end());
            if (end < 0) {
                break;
            }
            String before = raw.substring(Math.max(0, start.start() - 1024), start.start());
            if (!before.substring(Math.max(0, before.lastIndexOf(" obj"))).contains("/ObjStm")) {
                continue; // pages and images draw; only object streams can hold hidden objects (actions)
            }
            String inflated = inflate(raw.substring(start.end(), end), MAX_UNCOMPRESSED - inflatedTotal);
            if (inflated == null) {
                return false;
            }
            inflatedTotal += inflated.length();
            if (hasAction(inflated)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the ZIP stays within the limits when inflated */
    static boolean noZipBomb(Path file) {
        long compressedTotal = Math.max(1, file.toFile().length());
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return false;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNCOMPRESSED || total > 1024 * 1024 && total / compressedTotal > MAX_RATIO) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    private static boolean containsMarkup(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("<\\s+", "<");
        for (String markup : PDF_MARKUP) {
            if (lower.contains(markup)) {
                return true;
            }
        }
        return false;
    }

    /** Names may hide their letters as #xx escapes (/J#61vaScript): decoded before matching. */
    private static boolean hasAction(String text) {
        Matcher escaped = PDF_NAME_ESCAPE.matcher(text);
        String names = escaped.replaceAll(
                m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return PDF_ACTION.matcher(names).find();
    }

    /** A stream's bytes inflated (null when that goes over the budget); streams that are not Flate are left as they are. */
    private static String inflate(String latin1, long budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(latin1.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > budget) {
                    return null;
                }
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (DataFormatException notFlate) {
            return "";
        } finally {
            inflater.end();
        }
    }
}
