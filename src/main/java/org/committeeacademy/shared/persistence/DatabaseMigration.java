package org.committeeacademy.shared.persistence;

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

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("large_text", largeTextType(dataSource)))
                .load()
                .migrate();
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
