package org.committeeacademy.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database with the real migrations applied, and the application's persistence unit on top
 * of it as a resource-local unit: JPA mappings and queries are tested without a server.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name = "academy-" + UUID.randomUUID();
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final EntityManagerFactory factory;

    public TestDatabase() {
        this(Map.of());
    }

    /** With further persistence-unit properties, e.g. a logger that records the SQL. */
    public TestDatabase(Map<String, Object> properties) {
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        DatabaseMigration.migrate(dataSource);
        Map<String, Object> all = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
        all.putAll(properties);
        factory = Persistence.createEntityManagerFactory("academy", all);
    }

    public EmbeddedDataSource dataSource() {
        return dataSource;
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
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
        try (Connection ignored = DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true")) {
            // dropping an in-memory database always ends with an exception
        } catch (SQLException expected) {
            // SQLState 08006: the database was dropped
        }
    }
}
