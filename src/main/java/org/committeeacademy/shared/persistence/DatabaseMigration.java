package org.committeeacademy.shared.persistence;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date. Flyway: plain, reviewable SQL files under db/migration, supported on both Derby and
 * PostgreSQL, and a history table that makes every start idempotent. The only difference between the two databases
 * the migrations need, the type of long texts, comes in as the placeholder {@code ${large_text}}.
 */
public final class DatabaseMigration {

    private DatabaseMigration() {}

    /** How long a statement waits for a row lock before it gives up and the request is answered "try again". */
    public static final int LOCK_TIMEOUT_SECONDS = 5;

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("large_text", largeTextType(dataSource)))
                // all pending migrations in one transaction: a fresh database takes one lock of the history table
                // and one commit instead of one per migration (the bigger part of migrating it), and a failed
                // migration leaves the schema as it was before the start, not half-way (both databases roll back DDL)
                .group(true)
                .load()
                .migrate();
        prepareDerby(dataSource);
        return result;
    }

    /**
     * Derby waits 60 s for a lock by default (PostgreSQL gets its lock_timeout from the connection options), and
     * reserves its identity values on first use ({@link DerbyIdentities}).
     */
    private static void prepareDerby(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("derby")) {
                return;
            }
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
                call.setString(1, "derby.locks.waitTimeout");
                call.setString(2, String.valueOf(LOCK_TIMEOUT_SECONDS));
                call.execute();
            }
            DerbyIdentities.reserve(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The database's lock timeout and identity ranges cannot be prepared", e);
        }
    }

    private static String largeTextType(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "TEXT" : "CLOB";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
