package org.committeeacademy.backup.rest;

import org.committeeacademy.backup.domain.Backup;

/** A backup as the API shows it: createdAt in ISO-8601 (UTC), path on the server, size in bytes. */
public record BackupDto(String id, String createdAt, String path, long bytes) {

    static BackupDto of(Backup backup) {
        return new BackupDto(backup.id(), backup.createdAt().toString(), backup.path(), backup.bytes());
    }
}
