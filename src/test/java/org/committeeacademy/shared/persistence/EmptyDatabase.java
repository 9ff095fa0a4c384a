package org.committeeacademy.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * An empty database for the tests of one migration on existing data: migrated step by step to a version, filled
 * the old way, then brought up to date. In-memory Derby, or PostgreSQL when the build asks for it (see
 * {@link PostgresTestDatabases}).
 */
public final class EmptyDatabase implements AutoCloseable {

    private final Optional<PostgresTestDatabases> postgres = PostgresTestDatabases.configured();
    private final String name;
    private final DataSource dataSource;

    public EmptyDatabase() {
        if (postgres.isPresent()) {
            name = postgres.get().createEmpty();
            dataSource = postgres.get().dataSource(name);
        } else {
            name = "memory:academy-" + UUID.randomUUID();
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(name);
            derby.setCreateDatabase("create");
            dataSource = derby;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The schema in which the tables are, as the driver's metadata names it. */
    public String schema() {
        return postgres.isPresent() ? "public" : "APP";
    }

    /** A table's name as the driver's metadata spells it: PostgreSQL folds unquoted names to lower case. */
    public String tableName(String name) {
        return postgres.isPresent() ? name.toLowerCase(java.util.Locale.ROOT) : name.toUpperCase(java.util.Locale.ROOT);
    }

    /** Applies the migrations up to and including the version, as an older release did. */
    public void migrateTo(String version) {
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("large_text", postgres.isPresent() ? "TEXT" : "CLOB"))
                .target(version)
                .load()
                .migrate();
    }

    @Override
    public void close() {
        if (postgres.isPresent()) {
            postgres.get().drop(name);
            return;
        }
        EmbeddedDataSource dropping = new EmbeddedDataSource();
        dropping.setDatabaseName(name);
        dropping.setConnectionAttributes("drop=true");
        try (Connection ignored = dropping.getConnection()) {
            // dropping an in-memory database always ends with an exception
        } catch (SQLException expected) {
            // SQLState 08006: the database was dropped
        }
    }
}
