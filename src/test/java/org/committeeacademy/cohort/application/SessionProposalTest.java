package org.committeeacademy.cohort.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionProposalTest {

    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);

    @Test
    void oneSessionPerModuleInOrderEveryNDays() {
        SessionProposal proposal =
                new SessionProposal(SATURDAY, 7, LocalTime.of(10, 0), LocalTime.of(16, 0), 14L, null);

        List<SessionRequest> sessions = proposal.forModules(List.of("context", "goals", "advocacy"));

        assertEquals(
                List.of("context", "goals", "advocacy"),
                sessions.stream().map(SessionRequest::moduleKey).toList());
        assertEquals(LocalDateTime.of(2027, 3, 6, 10, 0), sessions.get(0).start());
        assertEquals(LocalDateTime.of(2027, 3, 13, 16, 0), sessions.get(1).end());
        assertEquals(LocalDateTime.of(2027, 3, 20, 10, 0), sessions.get(2).start());
        assertTrue(sessions.stream().allMatch(s -> s.roomId() == 14L && s.onlineLink() == null));
        assertTrue(sessions.stream().allMatch(s -> s.trainerIds().isEmpty()), "the cohort's trainers teach");
    }

    @Test
    void onlineSessionsCarryTheLinkAndNoRoom() {
        SessionProposal proposal = new SessionProposal(
                SATURDAY, 1, LocalTime.of(18, 0), LocalTime.of(20, 0), null, "https://meet.example.org/kurs");

        List<SessionRequest> sessions = proposal.forModules(List.of("context", "goals"));

        assertEquals(LocalDateTime.of(2027, 3, 7, 18, 0), sessions.get(1).start());
        assertTrue(sessions.stream().allMatch(s -> s.roomId() == null));
        assertEquals("https://meet.example.org/kurs", sessions.get(1).onlineLink());
    }

    @Test
    void aSeriesWithoutModulesProposesNothing() {
        assertTrue(new SessionProposal(SATURDAY, 7, LocalTime.NOON, LocalTime.of(13, 0), 1L, null)
                .forModules(List.of())
                .isEmpty());
    }

    @Test
    void enrolmentClosesTheDayBeforeTheFirstSession() {
        assertEquals(
                LocalDate.of(2027, 3, 5),
                new SessionProposal(SATURDAY, 7, LocalTime.NOON, LocalTime.of(13, 0), 1L, null)
                        .defaultEnrolmentCloses());
    }

    @Test
    void sessionsAreAtLeastOneDayApart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionProposal(SATURDAY, 0, LocalTime.NOON, LocalTime.of(13, 0), 1L, null));
    }
}
