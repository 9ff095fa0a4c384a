package org.committeeacademy.shared.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throw-away PostgreSQL databases for the database tests, when the system property academy.test.database is
 * "postgresql" (the pom's second test run sets it) and the environment names the server: ACADEMY_TEST_POSTGRES_URL (a JDBC URL of its maintenance database, e.g. jdbc:postgresql://127.0.0.1:5432/postgres),
 * ACADEMY_TEST_POSTGRES_USER and ACADEMY_TEST_POSTGRES_PASSWORD (a role that may create databases). bin/test starts
 * such a server; the pom runs the database tests a second time with it. The migrations run once into a template; each
 * test database is a copy of it.
 */
final class PostgresTestDatabases {

    private static final boolean ASKED = "postgresql".equals(System.getProperty("academy.test.database"));
    private static final String URL = environment("ACADEMY_TEST_POSTGRES_URL");
    private static final String USER = environment("ACADEMY_TEST_POSTGRES_USER");
    private static final String PASSWORD = environment("ACADEMY_TEST_POSTGRES_PASSWORD");
    private static final String TEMPLATE = "academy_template_" + shortId();

    private static boolean templateReady;

    private PostgresTestDatabases() {}

    /** Present when the build asked for PostgreSQL. */
    static Optional<PostgresTestDatabases> configured() {
        if (!ASKED) {
            return Optional.empty();
        }
        if (URL.isBlank()) {
            throw new IllegalStateException("academy.test.database=postgresql needs ACADEMY_TEST_POSTGRES_URL");
        }
        return Optional.of(new PostgresTestDatabases());
    }

    /** A new database with the schema migrated; its name, to drop it later. */
    String create() {
        String name = "academy_test_" + shortId();
        synchronized (PostgresTestDatabases.class) {
            if (!templateReady) {
                execute("CREATE DATABASE " + TEMPLATE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> new PostgresTestDatabases().drop(TEMPLATE)));
                DatabaseMigration.migrate(dataSource(TEMPLATE));
                templateReady = true;
            }
            // a template must have no other connection while it is copied
            execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }
        return name;
    }

    /** A new database without any table; its name, to drop it later. */
    String createEmpty() {
        String name = "academy_test_" + shortId();
        execute("CREATE DATABASE " + name);
        return name;
    }

    DataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(URL);
        source.setDatabaseName(database);
        source.setUser(USER);
        source.setPassword(PASSWORD);
        source.setOptions("-c lock_timeout=" + DatabaseMigration.LOCK_TIMEOUT_SECONDS + "s");
        return source;
    }

    /**
     * Persistence-unit properties that let EclipseLink pool its own connections to the database, as the server's pool
     * does: a new PostgreSQL connection (a server process and a SCRAM exchange) for every transaction made the
     * concurrency tests spend most of their time connecting.
     */
    Map<String, Object> pooledConnections(String database) {
        PGSimpleDataSource source = (PGSimpleDataSource) dataSource(database);
        return Map.of(
                "jakarta.persistence.jdbc.driver",
                "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url",
                source.getURL(),
                "jakarta.persistence.jdbc.user",
                USER,
                "jakarta.persistence.jdbc.password",
                PASSWORD,
                "eclipselink.connection-pool.default.max",
                "32",
                "eclipselink.connection-pool.read.max",
                "32");
    }

    void drop(String database) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value.strip();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
