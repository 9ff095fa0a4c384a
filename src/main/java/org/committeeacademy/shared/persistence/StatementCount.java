package org.committeeacademy.shared.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A diagnosis for operators and tests (ACADEMY_STATEMENT_COUNT=true, off by default): counts the SQL statements each
 * thread sends, so {@code shared.web.StatementCountFilter} can tell how many one page or API answer cost (header
 * {@code Academy-Sql-Statements}). Counted where the application's data source hands out a new connection: every
 * statement prepared or created on it, whichever thread uses the pooled connection.
 */
public final class StatementCount {

    private StatementCount() {}

    private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);

    /** The statements this thread has sent since it started. */
    public static long sentByThisThread() {
        return SENT.get()[0];
    }

    /** The connection, counting each statement it prepares or creates for the thread that asks. */
    static Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (counts(method)) {
                SENT.get()[0]++;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(
                StatementCount.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static boolean counts(Method method) {
        String name = method.getName();
        return name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement");
    }
}
