package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.junit.jupiter.api.Test;

/** What a page shows for each refusal, and which failures are no refusal of the page and go on to the error page. */
class RefusalsTest {

    private static final ValidationException TWO_FIELDS = new ValidationException(
            List.of(new Violation("email", "account.email.invalid"), new Violation("name", "validation.required")));

    @Test
    void refusedFieldsStandBesideTheirInputsAndFailValidation() {
        Refusals.Answer answer =
                Refusals.fieldsAt("profile:").answer(TWO_FIELDS).orElseThrow();
        assertEquals(List.of("profile:email", "profile:name"), clientIds(answer));
        assertEquals("validation.required", answer.lines().get(1).key());
        assertTrue(answer.failsValidation());
    }

    @Test
    void withoutAFormRefusedFieldsAreShownAtTheTop() {
        Refusals.Answer answer = Refusals.onPage().answer(TWO_FIELDS).orElseThrow();
        assertEquals(Arrays.asList(null, null), clientIds(answer));
    }

    @Test
    void fieldsAboutAThingAreEachShownInsideItsMessage() {
        Refusals.Line line = Refusals.fieldsAbout("materialManager.refused", "report.exe")
                .answer(new ValidationException("file", "material.upload.typeRefused"))
                .orElseThrow()
                .lines()
                .get(0);
        assertNull(line.clientId());
        assertEquals("materialManager.refused", line.key());
        assertEquals("report.exe", line.arguments()[0]);
        assertEquals("material.upload.typeRefused", ((Refusals.Line) line.arguments()[1]).key());
    }

    @Test
    void aConflictSaysItsOwnMessageWithItsArgumentsAndKeepsNoForm() {
        Refusals.Answer answer = Refusals.fieldsAt("roomForm:")
                .answer(new ConflictException("room.delete.history", "Saal 1"))
                .orElseThrow();
        Refusals.Line line = answer.lines().get(0);
        assertNull(line.clientId());
        assertEquals("room.delete.history", line.key());
        assertArrayEquals(new Object[] {"Saal 1"}, line.arguments());
        assertFalse(answer.failsValidation());
    }

    @Test
    void aConflictAboutOneFieldStandsBesideIt() {
        Refusals.Line line = Refusals.fieldsAt("newAccount:")
                .conflictsAt("newAccount:email")
                .answer(new ConflictException("account.email.taken"))
                .orElseThrow()
                .lines()
                .get(0);
        assertEquals("newAccount:email", line.clientId());
        assertEquals("account.email.taken", line.key());
    }

    @Test
    void keepingTheFormFailsValidationForEveryRefusal() {
        Refusals refusals = Refusals.onPage().gone("myCourses.gone").keepingTheForm();
        assertTrue(refusals.answer(new ConflictException("x")).orElseThrow().failsValidation());
        assertTrue(refusals.answer(new NotFoundException("x")).orElseThrow().failsValidation());
    }

    @Test
    void goneAndDeniedAreAnsweredOnlyWhereThePageNamesTheirMessage() {
        assertTrue(Refusals.onPage().answer(new NotFoundException("cohort 7")).isEmpty());
        assertTrue(Refusals.onPage()
                .answer(new AccessDeniedException("staff only"))
                .isEmpty());

        Refusals refusals = Refusals.onPage().gone("roster.gone").denied("roster.staffOnly");
        assertEquals(
                "roster.gone",
                refusals.answer(new NotFoundException("cohort 7"))
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .key());
        assertEquals(
                "roster.staffOnly",
                refusals.answer(new AccessDeniedException("x"))
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .key());
    }

    @Test
    void deniedCanStandBesideAField() {
        Refusals.Line line = Refusals.fieldsAt("invite:")
                .deniedAt("invite:role", "invitation.role.invalid")
                .answer(new AccessDeniedException("may not grant ADMIN"))
                .orElseThrow()
                .lines()
                .get(0);
        assertEquals("invite:role", line.clientId());
        assertEquals("invitation.role.invalid", line.key());
    }

    @Test
    void aNamedRefusalWinsOverTheDefaultAnswer() {
        Refusals refusals =
                Refusals.onPage().gone("invitations.gone").as(ValidationException.class, "invitations.gone");
        Refusals.Answer answer = refusals.answer(TWO_FIELDS).orElseThrow();
        assertEquals(1, answer.lines().size());
        assertEquals("invitations.gone", answer.lines().get(0).key());
        assertFalse(answer.failsValidation());
    }

    @Test
    void anyOtherFailureIsNoRefusal() {
        assertTrue(Refusals.onPage().answer(new IllegalStateException("bug")).isEmpty());
        assertTrue(
                Refusals.onPage().answer(new PessimisticLockException("busy")).isEmpty());
    }

    @Test
    void aBusyMomentIsTriedAgainAndThenAnsweredWhereThePageRetries() {
        Refusals refusals = Refusals.onPage().retryingWhenBusy();
        AtomicInteger tries = new AtomicInteger();
        assertEquals("done", refusals.run(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new PessimisticLockException("lost a race");
            }
            return "done";
        }));
        assertEquals(2, tries.get());
        assertEquals(
                "api.busy",
                refusals.answer(new PessimisticLockException("busy"))
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .key());
    }

    private static List<String> clientIds(Refusals.Answer answer) {
        return answer.lines().stream().map(Refusals.Line::clientId).toList();
    }
}
