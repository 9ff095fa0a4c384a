package org.committeeacademy.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.worksheet.domain.Answers;
import org.junit.jupiter.api.Test;

class ProjectDetailsTest {

    @Test
    void theCanvasOfModuleFourBecomesTheProjectsFirstWording() {
        Answers canvas = Answers.stored("""
                {"place": "Wiese hinter der Grundschule Talweg",
                 "problem": "Die Wiese ist ungenutzt und voller Müll.",
                 "affected": "Kinder der Grundschule, Nachbarn",
                 "participants": [
                   {"who": "Frauen-Café", "background": "neu im Ort", "project-role": "Botschafterinnen",
                    "contribution": "laden ein"},
                   {"who": "Kleingartenverein", "background": "schon lange hier", "project-role": "Experten",
                    "contribution": ""}],
                 "first-steps": [
                   {"step": "Ortstermin", "responsible": "Amina und Herr Köhler", "by-when": "Ende April"},
                   {"step": "Genehmigung fragen", "responsible": "", "by-when": ""},
                   {"step": "Pflanzaktion", "responsible": "alle", "by-when": "Juni"},
                   {"step": "ein vierter Schritt", "responsible": "", "by-when": ""}],
                 "success-looks": "Zwanzig Leute pflanzen gemeinsam.",
                 "success-feels": "Man grüßt sich auf der Straße.",
                 "costs": "Saatgut"}
                """);

        ProjectDetails details = ProjectDetails.fromCanvas(canvas);

        assertEquals("Wiese hinter der Grundschule Talweg", details.title());
        assertEquals("Wiese hinter der Grundschule Talweg", details.place());
        assertEquals("Die Wiese ist ungenutzt und voller Müll.", details.problem());
        assertEquals("Kinder der Grundschule, Nachbarn", details.affected());
        assertEquals("Frauen-Café (neu im Ort) laden ein\nKleingartenverein (schon lange hier)", details.takingPart());
        assertEquals("Frauen-Café: Botschafterinnen\nKleingartenverein: Experten", details.roles());
        assertEquals(
                "1. Ortstermin – Amina und Herr Köhler Ende April\n2. Genehmigung fragen\n3. Pflanzaktion – alle Juni",
                details.firstSteps(),
                "the first three steps, no more");
        assertEquals("Zwanzig Leute pflanzen gemeinsam.\nMan grüßt sich auf der Straße.", details.success());
        details.checked();
    }

    @Test
    void anEmptyCanvasGivesAnEmptyFormThatAsksForTitlePlaceAndProblem() {
        ProjectDetails details = ProjectDetails.fromCanvas(Answers.none());
        ValidationException refused = assertThrows(ValidationException.class, details::checked);
        assertEquals(
                List.of("title", "place", "problem"),
                refused.violations().stream().map(v -> v.field()).toList());
    }

    @Test
    void refusesTooLongTextsByField() {
        ProjectDetails details =
                new ProjectDetails("x".repeat(201), "Ort", "Problem", "y".repeat(4001), null, null, null, null);
        ValidationException refused = assertThrows(ValidationException.class, details::checked);
        assertEquals(
                List.of("title", "affected"),
                refused.violations().stream().map(v -> v.field()).toList());
    }
}
