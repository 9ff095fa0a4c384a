package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@DatabaseTest
class EarlyMigrationTest {

    @Test
    void theStartGetsTheSchemaMigratedBesideIt() throws SQLException {
        try (EmptyDatabase db = new EmptyDatabase()) {
            EarlyMigration early = new EarlyMigration();
            early.beginWith(db.dataSource());
            // the data source given to the wait is the container's pool: not used when the migration was begun early
            EarlyMigration.Timed done = early.awaitOrMigrate(null);
            assertTrue(done.result().migrationsExecuted > 40, "every migration on an empty database");
            assertTrue(done.took().endsWith("CPU of this thread"), done.took());
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().executeQuery("SELECT COUNT(*) FROM account").close();
            }
        }
    }

    @Test
    void withoutAnEarlyBeginningTheWaitMigratesItself() {
        try (EmptyDatabase db = new EmptyDatabase()) {
            EarlyMigration.Timed done = new EarlyMigration().awaitOrMigrate(db.dataSource());
            assertTrue(done.result().migrationsExecuted > 40);
            assertEquals(0, new EarlyMigration().awaitOrMigrate(db.dataSource()).result().migrationsExecuted);
        }
    }

    @Test
    void aFailedMigrationFailsTheStart() {
        EarlyMigration early = new EarlyMigration();
        early.beginWith(unreachable());
        RuntimeException failure = assertThrows(RuntimeException.class, () -> early.awaitOrMigrate(null));
        assertTrue(String.valueOf(failure.getMessage()).length() > 0);
    }

    private static DataSource unreachable() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                EarlyMigrationTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("no database here");
                });
    }
}
