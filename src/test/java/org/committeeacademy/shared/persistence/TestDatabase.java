package org.committeeacademy.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database with the real migrations applied, and the application's persistence unit on top
 * of it as a resource-local unit: JPA mappings and queries are tested without a server. When the build names a
 * PostgreSQL server (see {@link PostgresTestDatabases}), a fresh PostgreSQL database instead.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name = "academy-" + UUID.randomUUID();
    private final Optional<PostgresTestDatabases> postgres = PostgresTestDatabases.configured();
    private final String postgresName;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;

    public TestDatabase() {
        this(Map.of());
    }

    /** With further persistence-unit properties, e.g. a logger that records the SQL. */
    public TestDatabase(Map<String, Object> properties) {
        if (postgres.isPresent()) {
            postgresName = postgres.get().create();
            dataSource = postgres.get().dataSource(postgresName);
        } else {
            postgresName = null;
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:" + name);
            derby.setCreateDatabase("create");
            DatabaseMigration.migrate(derby);
            dataSource = derby;
        }
        Map<String, Object> all = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "eclipselink.logging.level", "WARNING"));
        if (postgres.isPresent()) {
            all.putAll(postgres.get().pooledConnections(postgresName));
        } else {
            all.put("jakarta.persistence.nonJtaDataSource", dataSource);
        }
        all.putAll(properties);
        factory = Persistence.createEntityManagerFactory("academy", all);
    }

    /** True on PostgreSQL, for the few tests that look at one database's own catalogue or settings. */
    public static boolean isPostgres() {
        return PostgresTestDatabases.configured().isPresent();
    }

    /** The schema of the tables, as the driver's metadata names it. */
    public String schema() {
        return postgres.isPresent() ? "public" : "APP";
    }

    /** A table's name as the driver's metadata spells it: PostgreSQL folds unquoted names to lower case. */
    public String tableName(String name) {
        return postgres.isPresent() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** Each row of a query over numbers only, as "[1, 2, 3]": for comparing kept counts with counted ones. */
    public List<String> numberRows(String sql) {
        EntityManager em = entityManager();
        try {
            return ((List<?>) em.createNativeQuery(sql).getResultList())
                    .stream()
                            .map(r -> Arrays.stream((Object[]) r)
                                    .map(v -> String.valueOf(((Number) v).longValue()))
                                    .toList()
                                    .toString())
                            .toList();
        } finally {
            em.close();
        }
    }

    /** The UPDATE statements of a migration in src/main/resources/db/migration, comments left out. */
    public static List<String> updatesOfMigration(String file) {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration", file));
            return Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";"))
                    .map(String::strip)
                    .filter(statement -> statement.startsWith("UPDATE"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the work in one committed transaction. */
    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = entityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
        if (postgres.isPresent()) {
            postgres.get().drop(postgresName);
            return;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true")) {
            // dropping an in-memory database always ends with an exception
        } catch (SQLException expected) {
            // SQLState 08006: the database was dropped
        }
    }
}
