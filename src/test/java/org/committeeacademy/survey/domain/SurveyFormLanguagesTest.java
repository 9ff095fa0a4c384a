package org.committeeacademy.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/** Issue 21: the standard survey questions in all five languages, kept while staff leave their wording alone. */
class SurveyFormLanguagesTest {

    private static final List<Language> OTHERS = List.of(Language.TR, Language.AR, Language.UK);
    private final SurveyForm standard = SurveyForm.standard();

    @Test
    void everyStandardQuestionHasItsOwnTurkishArabicAndUkrainianText() {
        for (SurveyItem item : standard.items()) {
            for (Language language : OTHERS) {
                String text = item.label().own(language);
                assertNotNull(text, item.key() + " in " + language);
                assertFalse(
                        text.equals(item.label().de())
                                || text.equals(item.label().en()),
                        item.key());
            }
        }
    }

    @Test
    void anUnchangedQuestionKeepsItsTranslationsAndARewordedOneDropsThem() {
        List<SurveyItem> revised = new ArrayList<>();
        for (SurveyItem item : standard.items()) {
            // the staff form sends German and English only
            revised.add(item.relabelled(
                    new LocalizedText(item.label().de(), item.label().en())));
        }
        revised.set(0, revised.get(0).relabelled(new LocalizedText("Hilfreich?", "Helpful?")));
        SurveyForm form = standard.revisedTo(revised);

        assertNull(form.items().get(0).label().own(Language.TR), "reworded: the old Turkish no longer fits");
        assertEquals("Helpful?", form.items().get(0).label().in(Language.TR), "English until staff translate it");
        SurveyItem whom = form.items().stream()
                .filter(i -> i.key().equals("whom"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Я знаю, до кого звернутися зі своєю справою.", whom.label().in(Language.UK));
    }

    /** V53 gives saved forms the standard texts: the migration and the code must say the same. */
    @Test
    void theMigrationCarriesTheStandardTranslations() throws IOException {
        String migration = Files.readString(
                Path.of("src/main/resources/db/migration/V53__survey_item_languages.sql"), StandardCharsets.UTF_8);
        for (SurveyItem item : standard.items()) {
            String update = "SET label_tr = '" + item.label().own(Language.TR) + "',\n    label_ar = '"
                    + item.label().own(Language.AR) + "',\n    label_uk = '"
                    + item.label().own(Language.UK)
                    + "'\nWHERE item_key = '" + item.key() + "' AND label_de = '"
                    + item.label().de()
                    + "' AND label_en = '" + item.label().en() + "'";
            assertTrue(migration.contains(update), item.key());
        }
    }
}
