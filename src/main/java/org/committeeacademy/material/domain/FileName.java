package org.committeeacademy.material.domain;

import java.text.Normalizer;

/**
 * A file name as people see and download it: the last part of what the browser sent (no folders), without control
 * characters, quotes or characters that file systems or headers stumble over; umlauts stay.
 */
public final class FileName {

    public static final int MAX_LENGTH = 120;

    private FileName() {}

    public static String sanitise(String uploaded) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || "\"'`<>:|?*;%".indexOf(c) >= 0) {
                return;
            }
            clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
        });
        String result = clean.toString().replaceAll(" {2,}", " ").strip().replaceAll("^\\.+", "");
        if (result.length() > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
        }
        return result.isEmpty() ? "file" : result;
    }
}
