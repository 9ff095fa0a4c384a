package org.committeeacademy.survey.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.committeeacademy.shared.persistence.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V53 on a database with saved survey forms (Derby): a question that still has the standard wording gets the standard
 * Turkish, Arabic and Ukrainian texts, a reworded one stays without.
 */
class SurveyItemLanguagesMigrationTest {

    @Test
    void savedQuestionsWithTheStandardWordingGetTheTranslations() throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:v53-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(derby)
                .locations("classpath:db/migration")
                .placeholders(Map.of("large_text", "CLOB"))
                .target("52")
                .load()
                .migrate();
        try (Connection c = derby.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO series (series_key, title_de, title_en, active)"
                    + " VALUES ('v53', 'Reihe', 'Series', TRUE)");
            s.executeUpdate("INSERT INTO survey_item (series_id, item_key, item_kind, label_de, label_en, sort_order)"
                    + " SELECT id, 'whom', 'OUTCOME', 'Ich weiß, an wen ich mich mit meinem Anliegen wenden kann.',"
                    + " 'I know whom to approach for my goal.', 0 FROM series WHERE series_key = 'v53'");
            s.executeUpdate("INSERT INTO survey_item (series_id, item_key, item_kind, label_de, label_en, sort_order)"
                    + " SELECT id, 'overall', 'SATISFACTION', 'Hilfreich?', 'Helpful?', 1 FROM series"
                    + " WHERE series_key = 'v53'");
        }

        DatabaseMigration.migrate(derby);

        try (Connection c = derby.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT item_key, label_tr, label_ar, label_uk FROM survey_item ORDER BY sort_order")) {
            r.next();
            assertEquals("whom", r.getString(1));
            assertEquals("Talebim için kime başvurabileceğimi biliyorum.", r.getString(2));
            assertEquals("أعرف إلى من أتوجّه بشأن ما أسعى إليه.", r.getString(3));
            assertEquals("Я знаю, до кого звернутися зі своєю справою.", r.getString(4));
            r.next();
            assertEquals("overall", r.getString(1));
            assertNull(r.getString(2), "reworded by staff: no translation that says something else");
        }
    }
}
