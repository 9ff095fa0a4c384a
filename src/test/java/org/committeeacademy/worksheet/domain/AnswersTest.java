package org.committeeacademy.worksheet.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private final WorksheetTemplate template = WorksheetTemplate.of(
            org.committeeacademy.curriculum.content.LocalizedJson.in(Templates.goalSetting(), Language.DE)
                    .asJsonObject());

    @Test
    void everyFieldTypeKeepsItsShape() {
        Answers answers = Answers.read(template, Templates.answers("""
                {"problem-statement": "Zu wenige Plätze", "causes": ["Geld", "Räume"],
                 "allies": [{"ally": "VHS", "contribution": "Räume"}],
                 "strategic-goals": [{"what": "Zwei neue Kurse", "indicator": "Kurse", "baseline": "3",
                                      "target": "5", "deadline": "2027-12-31", "responsible": "Ayşe",
                                      "resources": "Rat"}, {"what": " "}],
                 "first-check-in": "2027-06-01", "motion-subject": null}
                """));
        assertEquals("Zu wenige Plätze", answers.text("problem-statement"));
        assertEquals(2, answers.rows("causes").size());
        assertEquals(
                List.of(new GoalAnswer("Zwei neue Kurse", "Kurse", "3", "5", "2027-12-31", "Ayşe", "Rat")),
                answers.goals(template),
                "a goal without 'what' is not a goal");
        assertEquals("", answers.text("motion-subject"));
    }

    @Test
    void refusesWhatTheTemplateDoesNotHave() {
        assertField("nonsense", "worksheet.answer.unknownField", "{\"nonsense\": \"x\"}");
        assertField("causes", "worksheet.answer.shape", "{\"causes\": \"not a list\"}");
        assertField("problem-statement", "worksheet.answer.shape", "{\"problem-statement\": 42}");
        assertField("allies", "worksheet.answer.shape", "{\"allies\": [{\"unknown-column\": \"x\"}]}");
        assertField("first-check-in", "worksheet.answer.date", "{\"first-check-in\": \"next week\"}");
        assertField("strategic-goals", "worksheet.answer.date", "{\"strategic-goals\": [{\"deadline\": \"soon\"}]}");
    }

    private void assertField(String field, String key, String json) {
        ValidationException e =
                assertThrows(ValidationException.class, () -> Answers.read(template, Templates.answers(json)));
        assertEquals(field, e.violations().get(0).field());
        assertEquals(key, e.violations().get(0).messageKey());
    }
}
