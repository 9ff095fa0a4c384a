package org.committeeacademy.backup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import org.committeeacademy.backup.domain.Backup;
import org.committeeacademy.backup.domain.BackupShelf;
import org.committeeacademy.backup.domain.BackupStore;
import org.committeeacademy.shared.application.Caller;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * Backups for admins: make one now, list them, delete one; and what the nightly job and the health check ask. No
 * method starts a transaction: Derby's online backup runs beside the application's transactions, not inside one.
 */
@ApplicationScoped
public class Backups {

    private static final System.Logger LOG = System.getLogger(Backups.class.getName());

    @Inject
    BackupStore store;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    public Backup makeNow() {
        caller.requireAdmin();
        return make();
    }

    public List<Backup> list() {
        caller.requireAdmin();
        return store.all();
    }

    public void delete(String id) {
        caller.requireAdmin();
        store.delete(id);
        LOG.log(Level.INFO, "Backup {0} deleted by an admin", id);
    }

    /** The nightly backup: a new one, then the oldest beyond ACADEMY_BACKUP_KEEP are deleted. */
    public void nightly() {
        if (!store.canBackUpOnline()) {
            LOG.log(Level.INFO, "Nightly backup skipped: PostgreSQL is backed up with pg_dump (docs/operations.md)");
            return;
        }
        make();
        for (Backup old :
                new BackupShelf(store.all()).beyond(AcademySettings.current().backupKeep())) {
            store.delete(old.id());
        }
    }

    private Backup make() {
        Backup made = store.make();
        LOG.log(Level.INFO, "Backup {0} made: {1} bytes in {2}", made.id(), made.bytes(), made.path());
        return made;
    }

    /** For warnings: the latest backup, and whether it is missing or older than two days. */
    public BackupState state() {
        BackupShelf shelf = new BackupShelf(store.all());
        return new BackupState(
                shelf.latest().map(Backup::createdAt).orElse(null),
                shelf.isStale(clock.instant()),
                store.canBackUpOnline());
    }
}
