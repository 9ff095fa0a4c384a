package db.migration;

import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.committeeacademy.shared.json.Jsons;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the title V59 added to every worksheet from its template (SQL cannot read JSON on Derby). Like a SQL migration
 * it is never edited once released; MigrationChecksumsTest keeps its checksum too.
 */
public class V60__Worksheet_titles extends BaseJavaMigration {

    /** The length of the column (V59); a longer title stays NULL and is read from the template. */
    public static final int LONGEST = 4000;

    private static final int BATCH = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** @return how many worksheets got their title */
    public static int fill(Connection connection) throws SQLException {
        int filled = 0;
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("UPDATE worksheet SET title = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT id, template FROM worksheet WHERE title IS NULL")) {
                while (rows.next()) {
                    String title = titleOf(rows.getString(2));
                    if (title != null) {
                        write.setString(1, title);
                        write.setLong(2, rows.getLong(1));
                        write.addBatch();
                        if (++filled % BATCH == 0) {
                            write.executeBatch();
                        }
                    }
                }
            }
            write.executeBatch();
        }
        return filled;
    }

    private static String titleOf(String template) {
        String title = Jsons.createReader(new StringReader(template))
                .readObject()
                .getOrDefault("title", JsonValue.NULL)
                .toString();
        return title.length() > LONGEST ? null : title;
    }
}
