package org.committeeacademy.shared.persistence;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/** An EclipseLink log that keeps the SQL statements sent to the database, to check what really reaches it. */
public class RecordedSql extends AbstractSessionLog {

    private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

    /** The persistence-unit properties that route EclipseLink's SQL log here. */
    public static Map<String, Object> properties() {
        return Map.of(
                "eclipselink.logging.logger", RecordedSql.class.getName(),
                "eclipselink.logging.level.sql", "FINE",
                "eclipselink.logging.parameters", "false");
    }

    public static void clear() {
        STATEMENTS.clear();
    }

    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            STATEMENTS.add(entry.getMessage());
        }
    }
}
