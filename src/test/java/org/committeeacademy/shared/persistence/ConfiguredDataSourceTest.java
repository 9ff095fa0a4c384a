package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded Derby as the application creates it (Derby only: not tagged {@link DatabaseTest}). */
class ConfiguredDataSourceTest {

    @TempDir
    Path data;

    @Test
    void aNewDerbyDatabaseFindsItsMessagesOnTheFirstLookUp() throws SQLException, IOException {
        Path folder = data.resolve("db");
        try (Connection c = ConfiguredDataSource.derby(folder).getConnection()) {
            // a sort: Derby reads its statistics' texts in the database's territory
            c.createStatement()
                    .executeQuery("SELECT tablename FROM sys.systables ORDER BY tablename")
                    .close();
        } finally {
            SQLException down = assertThrows(
                    SQLException.class, () -> DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true"));
            assertEquals("08006", down.getSQLState(), "the database shut down: " + down.getMessage());
        }
        Properties service = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("service.properties"))) {
            service.load(in);
        }
        assertEquals("en_US", service.getProperty("derby.serviceLocale"));
    }
}
