package org.committeeacademy.shared.personaldata;

import java.nio.file.Path;

/** A file for the export archive: its name inside the archive, and where it lies (or its bytes). */
public record ExportFile(String name, Path file, byte[] bytes) {

    public static ExportFile stored(String name, Path file) {
        return new ExportFile(name, file, null);
    }

    public static ExportFile generated(String name, byte[] bytes) {
        return new ExportFile(name, null, bytes);
    }
}
