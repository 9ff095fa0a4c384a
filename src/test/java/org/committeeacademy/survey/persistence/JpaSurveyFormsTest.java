package org.committeeacademy.survey.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.domain.ItemKind;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.domain.SurveyItem;
import org.junit.jupiter.api.Test;

/** A saved survey form keeps the Turkish, Arabic and Ukrainian texts (V53's columns), and a question without them. */
@DatabaseTest
class JpaSurveyFormsTest {

    @Test
    void aSavedFormReadsBackInEveryLanguage() {
        try (TestDatabase db = new TestDatabase()) {
            long seriesId = series(db);
            List<SurveyItem> items = new ArrayList<>(SurveyForm.standard().items());
            items.add(new SurveyItem("text-room", ItemKind.FREE_TEXT, new LocalizedText("Raum?", "Room?")));
            db.inTransaction(em -> new JpaSurveyForms(em).saveForm(seriesId, new SurveyForm(items)));

            SurveyForm read =
                    new JpaSurveyForms(db.entityManager()).formOf(seriesId).orElseThrow();
            assertEquals(items.size(), read.items().size());
            assertEquals(
                    "Belediyemde kararların nasıl alındığını anlıyorum.",
                    read.items().get(3).label().own(Language.TR));
            assertEquals(
                    "أفهم كيف تُتَّخذ القرارات في بلديتي.",
                    read.items().get(3).label().own(Language.AR));
            assertEquals("Зміст був зрозумілим.", read.items().get(1).label().own(Language.UK));
            assertNull(read.items().get(9).label().own(Language.TR));
            assertEquals("Room?", read.items().get(9).label().in(Language.AR));
        }
    }

    private static long series(TestDatabase db) {
        long[] id = new long[1];
        db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO series (series_key, title_de, title_en, active)"
                            + " VALUES ('survey-form-languages', 'Umfragen', 'Surveys', TRUE)")
                    .executeUpdate();
            id[0] = ((Number) em.createNativeQuery("SELECT MAX(id) FROM series").getSingleResult()).longValue();
        });
        return id[0];
    }
}
