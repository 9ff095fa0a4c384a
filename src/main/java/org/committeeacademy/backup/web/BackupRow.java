package org.committeeacademy.backup.web;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.committeeacademy.backup.domain.Backup;
import org.committeeacademy.shared.domain.AcademyTime;

/** A backup in the admins' list: when (in the academy's time zone) and how large, in megabytes. */
public record BackupRow(String id, String time, String size, String path) implements Serializable {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(AcademyTime.ZONE);

    static BackupRow of(Backup backup) {
        return new BackupRow(
                backup.id(),
                TIME.format(backup.createdAt()),
                String.format(Locale.ROOT, "%.1f MB", backup.bytes() / (1024.0 * 1024.0)),
                backup.path());
    }
}
