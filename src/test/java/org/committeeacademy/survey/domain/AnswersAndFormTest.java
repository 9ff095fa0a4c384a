package org.committeeacademy.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.survey.application.SurveyPhase;
import org.junit.jupiter.api.Test;

class AnswersAndFormTest {

    private final SurveyForm standard = SurveyForm.standard();

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        List<SurveyItem> asked = standard.askedIn(SurveyPhase.BASELINE);
        ValidationException e = assertThrows(
                ValidationException.class, () -> new Answers(Map.of("decisions", 6), Map.of()).checkedAgainst(asked));
        assertEquals("survey.answer.scale", e.violations().get(0).messageKey());
        assertThrows(ValidationException.class, () -> new Answers(Map.of("whom", 0), Map.of()).checkedAgainst(asked));
    }

    @Test
    void everyItemMayBeSkipped() {
        Answers none =
                new Answers(Map.of(), Map.of("comments", "   ")).checkedAgainst(standard.askedIn(SurveyPhase.BASELINE));
        assertTrue(none.scores().isEmpty());
        assertTrue(none.texts().isEmpty(), "blank text counts as skipped");
    }

    @Test
    void satisfactionIsAskedAfterAModuleOnly() {
        assertThrows(ValidationException.class, () -> new Answers(Map.of("overall", 4), Map.of())
                .checkedAgainst(standard.askedIn(SurveyPhase.BASELINE)));
        new Answers(Map.of("overall", 4), Map.of()).checkedAgainst(standard.askedIn(SurveyPhase.AFTER_MODULE));
    }

    @Test
    void theStandardFormAsksTheFiveOutcomesInEveryPhase() {
        for (SurveyPhase phase : SurveyPhase.values()) {
            List<String> keys =
                    standard.askedIn(phase).stream().map(SurveyItem::key).toList();
            assertTrue(keys.containsAll(SurveyForm.OUTCOME_KEYS), phase + " " + keys);
        }
    }

    @Test
    void staffMayNotRemoveAnOutcomeItem() {
        List<SurveyItem> without = new ArrayList<>(standard.items());
        without.removeIf(i -> i.key().equals("confident"));
        ValidationException e = assertThrows(ValidationException.class, () -> standard.revisedTo(without));
        assertEquals("survey.item.outcomeFixed", e.violations().get(0).messageKey());
    }

    @Test
    void staffRewordRemoveAndAddSatisfactionItems() {
        List<SurveyItem> revised = new ArrayList<>(standard.items());
        revised.removeIf(i -> i.key().equals("trainer"));
        revised.set(0, revised.get(0).relabelled(new LocalizedText(" Hilfreich? ", "Helpful?")));
        revised.add(1, new SurveyItem("", ItemKind.SATISFACTION, new LocalizedText("Raum gut?", "Room fine?")));
        SurveyForm form = standard.revisedTo(revised);
        assertEquals("Hilfreich?", form.items().get(0).label().de());
        assertTrue(form.items().get(1).key().startsWith("item-"));
        assertFalse(form.items().stream().anyMatch(i -> i.key().equals("trainer")));
    }

    @Test
    void everyLabelIsNeededInBothLanguages() {
        List<SurveyItem> revised = new ArrayList<>(standard.items());
        revised.add(new SurveyItem("", ItemKind.FREE_TEXT, new LocalizedText("Noch etwas?", " ")));
        ValidationException e = assertThrows(ValidationException.class, () -> standard.revisedTo(revised));
        assertEquals("survey.item.labelRequired", e.violations().get(0).messageKey());
    }
}
