package org.committeeacademy.backup.application;

import java.io.Serializable;
import java.time.Instant;

/** When the latest backup began (null: none yet), whether that is too long ago, and whether backups are made here. */
public record BackupState(Instant latest, boolean stale, boolean online) implements Serializable {

    /** Worth a warning: backups are made here and the latest is missing or older than two days. */
    public boolean warn() {
        return online && stale;
    }
}
