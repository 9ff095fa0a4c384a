package org.committeeacademy.backup.domain;

import java.util.List;

/** Where backups are made and kept: ACADEMY_BACKUP_DIR, one folder per backup. */
public interface BackupStore {

    /**
     * Makes a backup of the database and the stored files while the application keeps serving, and returns it once it
     * is complete.
     *
     * @throws org.committeeacademy.shared.domain.ConflictException when the database cannot be backed up from inside
     *     the application (PostgreSQL: pg_dump, see docs/operations.md)
     */
    Backup make();

    /** Whether {@link #make()} can back up this database (embedded Derby) at all. */
    boolean canBackUpOnline();

    List<Backup> all();

    /** Deletes the backup, if it is there. */
    void delete(String id);
}
