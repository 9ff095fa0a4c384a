package org.committeeacademy.shared.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;

/** A text column's value from a native query, whether the driver hands it over as a String or a CLOB. */
public final class SqlText {

    private SqlText() {}

    public static String of(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.valueOf(value);
    }
}
