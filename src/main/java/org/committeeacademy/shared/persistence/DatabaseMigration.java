package org.committeeacademy.shared.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date. Flyway: plain, reviewable SQL files under db/migration, supported on both Derby and
 * PostgreSQL, and a history table that makes every start idempotent.
 */
public final class DatabaseMigration {

    private DatabaseMigration() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
