package org.committeeacademy.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.SessionPlan;
import org.committeeacademy.cohort.domain.TimeSlot;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Marking attendance: the session's day, the correction window, staff corrections, history and apologies. */
class AttendanceTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);
    private static final Instant NOW = Instant.parse("2027-03-06T09:30:00Z");
    private static final CorrectionWindow FOURTEEN_DAYS = new CorrectionWindow(14);

    private Session session;
    private Account trainer;
    private Account staff;
    private Attendance attendance;

    @BeforeEach
    void setUp() {
        LocalizedText text = new LocalizedText("Titel", "Title");
        Series series = Series.create("integration-committees", text, text);
        Module context = new Module("local-context");
        series.addModule(context);
        Venue venue =
                new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        Room room = venue.addRoom("B06", 12);
        Cohort cohort = new Cohort(series, venue, CohortPlan.defaults("Bonn"));
        session = cohort.schedule(
                new SessionPlan(context, new TimeSlot(DAY.atTime(10, 0), DAY.atTime(16, 0)), room, null, Set.of()),
                List.of());
        trainer = account("trainer@example.org", Role.TRAINER);
        staff = account("staff@example.org", Role.STAFF);
        attendance = new Attendance(session, account("member@example.org", Role.MEMBER));
    }

    private static Account account(String email, Role role) {
        return new Account(email, email, Language.DE, "hash", EnumSet.of(role), NOW);
    }

    @Test
    void aTrainerMarksOnTheDayAndEveryChangeIsRecorded() {
        assertTrue(attendance.mark(AttendanceStatus.PRESENT, trainer, false, FOURTEEN_DAYS, DAY, NOW));
        assertFalse(attendance.mark(AttendanceStatus.PRESENT, trainer, false, FOURTEEN_DAYS, DAY, NOW), "no change");
        assertTrue(attendance.mark(AttendanceStatus.ABSENT, trainer, false, FOURTEEN_DAYS, DAY.plusDays(14), NOW));
        assertEquals(AttendanceStatus.ABSENT, attendance.status().orElseThrow());
        assertEquals(2, attendance.history().size());
        AttendanceChange last = attendance.history().get(1);
        assertEquals(AttendanceStatus.PRESENT, last.from());
        assertEquals(AttendanceStatus.ABSENT, last.to());
        assertEquals(trainer, last.by());
        assertEquals(AttendanceChange.Cause.MARKED, last.cause());
        assertCounts(0, 1, 0);
        new Attendance(session, staff).mark(AttendanceStatus.PRESENT, trainer, false, FOURTEEN_DAYS, DAY, NOW);
        assertCounts(1, 1, 0);
    }

    /** The session's own counts of its participants by status (V58), which every change keeps in step. */
    private void assertCounts(int present, int absent, int excused) {
        assertEquals(
                List.of(present, absent, excused),
                List.of(
                        session.attendance().present(),
                        session.attendance().absent(),
                        session.attendance().excused()));
    }

    @Test
    void afterTheCorrectionWindowOnlyStaffMayCorrectAndItIsRecordedAsACorrection() {
        attendance.mark(AttendanceStatus.PRESENT, trainer, false, FOURTEEN_DAYS, DAY, NOW);
        ConflictException closed = assertThrows(
                ConflictException.class,
                () -> attendance.mark(AttendanceStatus.ABSENT, trainer, false, FOURTEEN_DAYS, DAY.plusDays(15), NOW));
        assertEquals("attendance.correctionClosed", closed.messageKey());
        assertCounts(1, 0, 0);
        assertTrue(attendance.mark(AttendanceStatus.ABSENT, staff, true, FOURTEEN_DAYS, DAY.plusDays(60), NOW));
        assertCounts(0, 1, 0);
        assertEquals(
                AttendanceChange.Cause.CORRECTED, attendance.history().get(1).cause());
    }

    @Test
    void nobodyMarksASessionBeforeItsDayOrOneThatWasCancelled() {
        ConflictException early = assertThrows(
                ConflictException.class,
                () -> attendance.mark(AttendanceStatus.PRESENT, staff, true, FOURTEEN_DAYS, DAY.minusDays(1), NOW));
        assertEquals("attendance.notYet", early.messageKey());
        session.cohort().cancelSession(session, 0, NOW);
        assertThrows(
                ConflictException.class,
                () -> attendance.mark(AttendanceStatus.PRESENT, staff, true, FOURTEEN_DAYS, DAY, NOW));
    }

    @Test
    void theWindowIsConfigurable() {
        CorrectionWindow twoDays = new CorrectionWindow(2);
        assertTrue(twoDays.isOpenForTrainers(DAY, DAY.plusDays(2)));
        assertFalse(twoDays.isOpenForTrainers(DAY, DAY.plusDays(3)));
    }

    @Test
    void anApologyBeforeTheSessionExcusesTheMemberAndCanBeWithdrawn() {
        attendance.apologise("  Krank  ", DAY.atTime(9, 59), NOW);
        assertTrue(attendance.hasApology());
        assertEquals("Krank", attendance.apologyNote());
        assertEquals(AttendanceStatus.EXCUSED, attendance.status().orElseThrow());
        attendance.apologise("wieder", DAY.atTime(9, 59), NOW);
        assertCounts(0, 0, 1);
        attendance.withdrawApology(DAY.atTime(9, 59), NOW);
        assertCounts(0, 0, 0);
        assertFalse(attendance.hasApology());
        assertTrue(attendance.status().isEmpty());
        assertNull(attendance.history().get(1).to());
        assertEquals(
                AttendanceChange.Cause.APOLOGY_WITHDRAWN,
                attendance.history().get(1).cause());
    }

    @Test
    void anApologyAfterTheStartIsTooLate() {
        ConflictException late =
                assertThrows(ConflictException.class, () -> attendance.apologise(null, DAY.atTime(10, 0), NOW));
        assertEquals("attendance.apology.tooLate", late.messageKey());
    }

    @Test
    void aWarningIsDueFromTheThresholdOnAndNeverWhenSwitchedOff() {
        assertFalse(AbsenceWarning.isDue(1, 2));
        assertTrue(AbsenceWarning.isDue(2, 2));
        assertTrue(AbsenceWarning.isDue(3, 2));
        assertFalse(AbsenceWarning.isDue(5, 0));
    }
}
