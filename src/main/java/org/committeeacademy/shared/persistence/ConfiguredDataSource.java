package org.committeeacademy.shared.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.committeeacademy.shared.config.AcademySettings;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the settings ask for: embedded Derby in ACADEMY_DATA_DIR by default, or the external database
 * named by ACADEMY_DB_URL (PostgreSQL). The container pools the connections this class hands out.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;
    private volatile boolean counting;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    AcademySettings settings = AcademySettings.current();
                    counting = settings.statementCount();
                    target = create(settings);
                }
                current = target;
            }
        }
        return current;
    }

    private static DataSource create(AcademySettings settings) {
        if (settings.databaseUrl().isPresent()) {
            String url = settings.databaseUrl().get();
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("ACADEMY_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
            }
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setOptions("-c lock_timeout=" + DatabaseMigration.LOCK_TIMEOUT_SECONDS + "s");
            settings.databaseUser().ifPresent(postgres::setUser);
            settings.databasePassword().ifPresent(postgres::setPassword);
            return postgres;
        }
        return derby(settings.dataDir().resolve("db"));
    }

    /**
     * Embedded Derby in this folder, created there if missing. Created with the territory en_US: Derby reads some of its
     * own message texts in the database's territory on every sort (for its run-time statistics). A database created
     * under a locale without a country (Debian's default C.UTF-8 gives "en") has no bundle of its own, so each of those
     * reads first failed twice with a MissingResourceException: a fifth of all the memory a member's home page
     * allocated (issue 27). The territory names the messages only; text still compares and sorts as before
     * (UCS_BASIC), and a database created earlier keeps its territory.
     */
    static EmbeddedDataSource derby(Path folder) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.toString());
        derby.setCreateDatabase("create");
        derby.setConnectionAttributes("territory=en_US");
        return derby;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = target().getConnection(); // sets counting
        return counting ? StatementCount.counting(connection) : connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
