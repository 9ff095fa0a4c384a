package org.committeeacademy.shared.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.committeeacademy.shared.config.AcademySettings;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema beside the rest of the start (issue 27): CDI's boot, the Faces and REST set-up and the
 * migration each keep one core busy for seconds, and the machine has two. The migration begins when CDI begins
 * (this portable extension) on a thread of its own with an unpooled {@link ConfiguredDataSource} — the same database
 * the container's pool opens — and {@link ApplicationStartup} waits for it before any feature prepares data, so the
 * first request still meets an up-to-date schema. A failed migration fails the start as before.
 */
public class EarlyMigration implements Extension {

    private static final System.Logger LOG = System.getLogger(EarlyMigration.class.getName());

    private volatile CompletableFuture<Timed> migration;

    /** The migration's result with the time it took. */
    record Timed(MigrateResult result, String took) {}

    void begin(@Observes BeforeBeanDiscovery event) {
        try {
            // an instance refused for its configuration migrates nothing (ApplicationStartup says why and stops)
            ClusterCheck.check(AcademySettings.current());
        } catch (IllegalStateException refused) {
            return;
        }
        beginWith(new ConfiguredDataSource());
    }

    /** Begins migrating the given database on a thread of its own. */
    void beginWith(DataSource dataSource) {
        CompletableFuture<Timed> running = new CompletableFuture<>();
        migration = running;
        Thread thread = new Thread(() -> migrate(dataSource, running), "schema-migration");
        thread.setDaemon(true);
        thread.setContextClassLoader(EarlyMigration.class.getClassLoader());
        thread.start();
    }

    private static void migrate(DataSource dataSource, CompletableFuture<Timed> running) {
        try {
            StartPhase phase = StartPhase.begin();
            MigrateResult result = DatabaseMigration.migrate(dataSource);
            running.complete(new Timed(result, phase.took()));
        } catch (RuntimeException | Error e) {
            running.completeExceptionally(e);
        }
    }

    /**
     * The schema migrated: waits for the migration begun with CDI, or (when none was begun, e.g. CDI was booted
     * without this extension) migrates now through the given data source.
     */
    Timed awaitOrMigrate(DataSource dataSource) {
        if (migration == null) {
            StartPhase phase = StartPhase.begin();
            return new Timed(DatabaseMigration.migrate(dataSource), phase.took());
        }
        StartPhase waiting = StartPhase.begin();
        try {
            Timed done = migration.get();
            LOG.log(Level.INFO, "The schema migration ran beside the start; waited for its end: {0}", waiting.took());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the schema was migrated", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The schema could not be migrated", e.getCause());
        }
    }
}
