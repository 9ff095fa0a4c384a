package org.committeeacademy.backup.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every night, a backup, keeping the newest ACADEMY_BACKUP_KEEP. Without a transaction: the backup is taken beside
 * the application's transactions, and holding one open for its whole length would only keep locks.
 */
@Singleton
@ScheduledJob
public class NightlyBackup {

    @Inject
    Backups backups;

    @Schedule(hour = "2", minute = "10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void backUp() {
        backups.nightly();
    }
}
