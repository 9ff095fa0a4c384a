package org.committeeacademy.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.committeeacademy.shared.config.AcademySettings;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs before the application takes its first request: the schema is migrated (begun early, beside CDI's boot, by
 * {@link EarlyMigration}), then features that prepare data (the demo data set) are told through {@link SchemaReady}.
 * Declares the pooled data source; {@link ConfiguredDataSource} decides which database it is. The pool checks each
 * connection before it hands it out (the driver's meta data, no round trip): a connection the driver has closed (Derby
 * ends one on a session-level error, e.g. an interrupt during I/O; PostgreSQL's after a broken socket) is replaced
 * instead of failing the next request with "no current connection".
 */
@DataSourceDefinition(
        name = ApplicationStartup.DATA_SOURCE,
        className = "org.committeeacademy.shared.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = ApplicationStartup.MAX_CONNECTIONS,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@WebListener
public class ApplicationStartup implements ServletContextListener {

    public static final String DATA_SOURCE = "java:app/jdbc/academy";
    /** The pool's size: connections to the database this instance holds at most. */
    public static final int MAX_CONNECTIONS = 32;
    /** The exit status of a start refused for its configuration (EX_CONFIG of sysexits.h). */
    static final int EXIT_REFUSED = 78;

    private static final System.Logger LOG = System.getLogger(ApplicationStartup.class.getName());

    /** Fired once the schema is up to date, before the first request. */
    public record SchemaReady() {}

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    EarlyMigration earlyMigration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            ClusterCheck.check(AcademySettings.current());
        } catch (IllegalStateException refused) {
            // the operator reads this line; then the process ends (Payara Micro would go on serving nothing), from
            // another thread, as the shutdown waits for this deployment to end
            LOG.log(Level.ERROR, "Committee Academy does not start: " + refused.getMessage());
            new Thread(() -> System.exit(EXIT_REFUSED), "refused-start").start();
            throw refused;
        }
        ClusterCheck.warning(AcademySettings.current()).ifPresent(warning -> LOG.log(Level.WARNING, warning));
        EarlyMigration.Timed migration = earlyMigration.awaitOrMigrate(dataSource);
        MigrateResult result = migration.result();
        LOG.log(
                Level.INFO,
                "Database schema at version {0} ({1} migrations applied now, {2})",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted,
                migration.took());
        StartPhase preparing = StartPhase.begin();
        schemaReady.fire(new SchemaReady());
        LOG.log(Level.INFO, "Data prepared for the first request ({0})", preparing.took());
    }
}
