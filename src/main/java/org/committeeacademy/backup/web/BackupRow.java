package org.committeeacademy.backup.web;

import java.io.Serializable;
import org.committeeacademy.backup.domain.Backup;
import org.committeeacademy.shared.i18n.LocalFormats;

/** A backup in the admins' list: when (in the academy's time zone) and how large, in megabytes. */
public record BackupRow(String id, String time, String size, String path) implements Serializable {

    /** In the admin's language: "05.12.2026, 02:00" and "12,5 MB" in German, "5 Dec 2026, 02:00" and "12.5 MB" in English. */
    static BackupRow of(Backup backup, LocalFormats formats) {
        return new BackupRow(
                backup.id(),
                formats.dateTime(backup.createdAt()),
                formats.number(backup.bytes() / (1024.0 * 1024.0)) + " MB",
                backup.path());
    }
}
