package org.committeeacademy.worksheet.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class WorksheetTest {

    private static final Instant NOW = Instant.parse("2027-03-06T10:00:00Z");

    private final Worksheet worksheet = new Worksheet(1, 7, "strategic-goals", Templates.goalSetting(), NOW);

    @Test
    void aNewWorksheetIsAnEmptyDraft() {
        assertEquals(WorksheetStatus.DRAFT, worksheet.status());
        assertEquals("{}", worksheet.answers().toString());
        assertTrue(worksheet.versions().isEmpty());
    }

    @Test
    void draftSubmittedAcceptedKeepsEveryVersion() {
        worksheet.save(Templates.answers("{\"problem-statement\": \"Zu wenige Sprachkurse\"}"), NOW);
        worksheet.submit(NOW.plusSeconds(60));
        assertEquals(WorksheetStatus.SUBMITTED, worksheet.status());
        worksheet.review(ReviewDecision.REVISE, Map.of("problem", "Bitte Zahlen nennen"), "Leyla Demir", NOW);
        assertEquals(WorksheetStatus.REVISE, worksheet.status());
        assertEquals(Map.of("problem", "Bitte Zahlen nennen"), worksheet.comments());

        worksheet.save(Templates.answers("{\"problem-statement\": \"Nur 3 Kurse für 400 Menschen\"}"), NOW);
        worksheet.submit(NOW.plusSeconds(120));
        worksheet.review(ReviewDecision.ACCEPTED, Map.of(), "Leyla Demir", NOW);

        assertEquals(WorksheetStatus.ACCEPTED, worksheet.status());
        assertEquals(2, worksheet.versions().size());
        assertEquals(
                "Zu wenige Sprachkurse", worksheet.versions().get(0).answers().text("problem-statement"));
        assertEquals(
                "Nur 3 Kurse für 400 Menschen",
                worksheet.versions().get(1).answers().text("problem-statement"));
        assertEquals(ReviewDecision.REVISE, worksheet.versions().get(0).decision());
    }

    @Test
    void submittedAndAcceptedWorksheetsAreReadOnly() {
        answerTheRequiredField();
        worksheet.submit(NOW);
        ConflictException refused =
                assertThrows(ConflictException.class, () -> worksheet.save(Templates.answers("{}"), NOW));
        assertEquals("worksheet.readOnly", refused.messageKey());
        assertThrows(ConflictException.class, () -> worksheet.submit(NOW));

        worksheet.review(ReviewDecision.ACCEPTED, Map.of(), "Leyla Demir", NOW);
        assertThrows(ConflictException.class, () -> worksheet.save(Templates.answers("{}"), NOW));
        assertThrows(ConflictException.class, () -> worksheet.submit(NOW));
    }

    @Test
    void onlyASubmittedWorksheetIsReviewed() {
        ConflictException draft = assertThrows(
                ConflictException.class, () -> worksheet.review(ReviewDecision.ACCEPTED, Map.of(), "Leyla Demir", NOW));
        assertEquals("worksheet.review.notSubmitted", draft.messageKey());

        answerTheRequiredField();
        worksheet.submit(NOW);
        worksheet.review(ReviewDecision.REVISE, Map.of(), "Leyla Demir", NOW);
        assertThrows(
                ConflictException.class,
                () -> worksheet.review(ReviewDecision.ACCEPTED, Map.of(), "Leyla Demir", NOW),
                "a worksheet sent back is reviewed again only once resubmitted");
    }

    @Test
    void commentsNameSectionsOfTheTemplate() {
        answerTheRequiredField();
        worksheet.submit(NOW);
        assertThrows(
                ValidationException.class,
                () -> worksheet.review(ReviewDecision.REVISE, Map.of("nonsense", "x"), "Leyla Demir", NOW));
        assertEquals(WorksheetStatus.SUBMITTED, worksheet.status(), "a refused review changes nothing");
        worksheet.review(ReviewDecision.REVISE, Map.of(Worksheet.GENERAL_COMMENT, "Gut!"), "Leyla Demir", NOW);
        assertEquals(Map.of("general", "Gut!"), worksheet.comments());
    }

    @Test
    void theTemplateSpeaksTheReadersLanguage() {
        assertEquals("Vom Problem zum Ziel", worksheet.template(Language.DE).title());
        assertEquals("From problem to goal", worksheet.template(Language.EN).title());
        assertEquals(
                FieldType.GOALS,
                worksheet
                        .template(Language.EN)
                        .field("strategic-goals")
                        .orElseThrow()
                        .type());
        assertFalse(worksheet.belongsTo(8));
        assertTrue(worksheet.belongsTo(7));
    }

    @Test
    void theWorksheetKeepsTheLanguageTheMemberLastWroteIn() {
        assertTrue(worksheet.writtenIn().isEmpty(), "nothing written yet");

        worksheet.save(Templates.answers("{\"problem-statement\": \"قلة الدورات المسائية\"}"), Language.AR, NOW);
        assertEquals(Language.AR, worksheet.writtenIn().orElseThrow());
        assertEquals("قلة الدورات المسائية", worksheet.answers().text("problem-statement"));

        worksheet.save(Templates.answers("{\"problem-statement\": \"Мало вечірніх курсів\"}"), Language.UK, NOW);
        assertEquals(Language.UK, worksheet.writtenIn().orElseThrow());
    }

    @Test
    void aWorksheetWithARequiredFieldEmptyIsNotSubmitted() {
        worksheet.save(Templates.answers("{\"problem-statement\": \"  \", \"causes\": [\"Zu wenige Kurse\"]}"), NOW);

        ValidationException refused = assertThrows(ValidationException.class, () -> worksheet.submit(NOW));

        assertEquals(
                java.util.List.of(new ValidationException.Violation("problem-statement", Worksheet.REQUIRED)),
                refused.violations(),
                "a blank answer counts as empty, and only required fields are named");
        assertEquals(WorksheetStatus.DRAFT, worksheet.status(), "still a draft the member can finish");
        assertTrue(worksheet.versions().isEmpty());
        assertEquals(
                "Zu wenige Kurse",
                worksheet.answers().rows("causes").get(0).toString().replace("\"", ""));

        answerTheRequiredField();
        worksheet.submit(NOW);
        assertEquals(WorksheetStatus.SUBMITTED, worksheet.status());
    }

    @Test
    void listsTablesAndGoalsCountAsAnsweredOnlyWithSomethingWrittenInThem() {
        WorksheetTemplate template = worksheet.template(Language.DE);
        WorksheetTemplate.Field causes = template.field("causes").orElseThrow();
        WorksheetTemplate.Field allies = template.field("allies").orElseThrow();
        WorksheetTemplate.Field goals = template.field("strategic-goals").orElseThrow();
        Answers blank = Answers.read(template, Templates.answers("""
                {"causes": ["", " "], "allies": [{"ally": "", "contribution": " "}], "strategic-goals": [{"what": ""}]}"""));
        assertFalse(blank.answered(causes));
        assertFalse(blank.answered(allies));
        assertFalse(blank.answered(goals));
        Answers filled = Answers.read(template, Templates.answers("""
                {"causes": ["", "Abendkurse fehlen"], "allies": [{"ally": "", "contribution": "Räume"}],
                 "strategic-goals": [{"what": "Zwei Kurse"}]}"""));
        assertTrue(filled.answered(causes));
        assertTrue(filled.answered(allies));
        assertTrue(filled.answered(goals));
    }

    private void answerTheRequiredField() {
        worksheet.save(Templates.answers("{\"problem-statement\": \"Zu wenige Sprachkurse\"}"), NOW);
    }
}
