package org.committeeacademy.backup.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;
import org.committeeacademy.backup.domain.BackupStore;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.persistence.ApplicationStartup;

/** Backups of the embedded database and ACADEMY_DATA_DIR/materials go to ACADEMY_BACKUP_DIR. */
@ApplicationScoped
public class BackupStoreProducer {

    @Resource(lookup = ApplicationStartup.DATA_SOURCE)
    DataSource dataSource;

    @Produces
    @ApplicationScoped
    BackupStore backupStore() {
        AcademySettings settings = AcademySettings.current();
        DataSource derby = settings.databaseUrl().isPresent() ? null : dataSource;
        return new FolderBackupStore(derby, settings.dataDir(), settings.backupDir(), Clock.systemUTC());
    }
}
