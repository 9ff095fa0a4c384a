package org.committeeacademy.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final long CREATOR = 7;
    private static final long COMMITTEE = 3;
    private static final long BONN = 1;
    private static final long COHORT = 40;
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Photo PHOTO = new Photo(Photo.PNG, new byte[] {1, 2, 3});
    private static final CheckInAnswers GOOD = new CheckInAnswers(1, Answer.YES, Answer.UNSURE, "Bänke stehen");

    private final Project project = new Project(
            new ProjectOrigin(CREATOR, COMMITTEE, BONN, COHORT, 99L),
            new ProjectDetails("Spielplatz Talweg", "Talweg", "Die Schaukel ist kaputt.", "", "", "", "", ""),
            NOW);

    @Test
    void startsAsAnIdeaCoordinatedByItsCreator() {
        assertEquals(ProjectStatus.IDEA, project.status());
        assertTrue(project.isCoordinatedBy(CREATOR));
        assertEquals(1, project.participants().size());
        assertNull(project.startedOn());
    }

    @Test
    void movesForwardAndOnlyBackWhereTheScheduleAllows() {
        assertThrows(ValidationException.class, () -> project.changeStatus(ProjectStatus.DONE, day(1)));
        project.changeStatus(ProjectStatus.PLANNING, day(1));
        project.changeStatus(ProjectStatus.IDEA, day(2));
        project.changeStatus(ProjectStatus.RUNNING, day(3));
        assertEquals(day(3), project.startedOn());
        assertThrows(ValidationException.class, () -> project.changeStatus(ProjectStatus.PLANNING, day(4)));
        assertThrows(ValidationException.class, () -> project.changeStatus(ProjectStatus.RUNNING, day(4)));
        project.changeStatus(ProjectStatus.DONE, day(30));
        project.changeStatus(ProjectStatus.RUNNING, day(60));
        assertEquals(day(3), project.startedOn(), "a reopened project keeps the day it first ran");
    }

    @Test
    void checkInsFallDueThreeSixAndTwelveMonthsAfterItStartedRunning() {
        assertEquals(List.of(), project.dueOn(LocalDate.of(2030, 1, 1)), "nothing is due before it ran");
        LocalDate start = LocalDate.of(2027, 4, 15);
        project.changeStatus(ProjectStatus.RUNNING, start);

        assertEquals(List.of(), project.dueOn(LocalDate.of(2027, 7, 14)));
        assertEquals(List.of(Checkpoint.THREE_MONTHS), project.dueOn(LocalDate.of(2027, 7, 15)));
        assertThrows(
                ValidationException.class,
                () -> project.checkIn(CREATOR, Checkpoint.SIX_MONTHS, GOOD, LocalDate.of(2027, 10, 14), NOW));

        project.checkIn(CREATOR, Checkpoint.THREE_MONTHS, GOOD, LocalDate.of(2027, 7, 20), NOW);
        assertEquals(List.of(Checkpoint.SIX_MONTHS), project.dueOn(LocalDate.of(2027, 10, 15)));
        assertEquals(
                List.of(Checkpoint.SIX_MONTHS, Checkpoint.TWELVE_MONTHS), project.dueOn(LocalDate.of(2028, 4, 15)));
        assertThrows(
                ConflictException.class,
                () -> project.checkIn(CREATOR, Checkpoint.THREE_MONTHS, GOOD, LocalDate.of(2027, 8, 1), NOW));
        assertEquals(
                Answer.YES,
                project.checkIn(Checkpoint.THREE_MONTHS).orElseThrow().answers().strangersTogether());
    }

    @Test
    void aCheckInNeedsTheScaleAndBothSoftOutcomes() {
        project.changeStatus(ProjectStatus.RUNNING, LocalDate.of(2027, 1, 1));
        LocalDate later = LocalDate.of(2028, 1, 1);
        assertThrows(
                ValidationException.class,
                () -> project.checkIn(
                        CREATOR,
                        Checkpoint.THREE_MONTHS,
                        new CheckInAnswers(3, Answer.NO, Answer.NO, null),
                        later,
                        NOW));
        assertThrows(
                ValidationException.class,
                () -> project.checkIn(
                        CREATOR, Checkpoint.THREE_MONTHS, new CheckInAnswers(0, null, Answer.NO, null), later, NOW));
        assertThrows(
                ValidationException.class,
                () -> project.checkIn(
                        CREATOR,
                        Checkpoint.THREE_MONTHS,
                        new CheckInAnswers(0, Answer.NO, Answer.NO, "x".repeat(2001)),
                        later,
                        NOW));
    }

    @Test
    void seenByItsPeopleItsCommitteeItsCohortsTrainersAndItsOrganisationsStaffOnly() {
        project.join(50, ProjectRole.PARTICIPANT, NOW);

        assertTrue(viewer(50, null, Set.of(), null).sees(project), "a participant of another committee");
        assertTrue(viewer(60, COMMITTEE, Set.of(), null).sees(project), "a confirmed member of its committee");
        assertTrue(viewer(61, null, Set.of(COHORT), null).sees(project), "a trainer of its cohort");
        assertTrue(viewer(62, null, Set.of(), BONN).sees(project), "staff of its organisation");

        assertFalse(viewer(70, 4L, Set.of(), null).sees(project), "a member of another committee");
        assertFalse(viewer(71, null, Set.of(41L), null).sees(project), "a trainer of another cohort");
        assertFalse(viewer(72, null, Set.of(), 2L).sees(project), "staff of another organisation");
        assertFalse(viewer(73, null, Set.of(), null).sees(project), "anyone else");
    }

    @Test
    void coordinatorsChangeRolesButNeverLeaveItWithoutCoordination() {
        project.join(50, ProjectRole.AMBASSADOR, NOW);
        assertFalse(project.isCoordinatedBy(50));
        assertThrows(ValidationException.class, () -> project.leave(CREATOR));
        assertThrows(ValidationException.class, () -> project.join(CREATOR, ProjectRole.EXPERT, NOW));

        project.join(50, ProjectRole.COORDINATION, NOW);
        project.join(CREATOR, ProjectRole.EXPERT, NOW);
        assertFalse(project.isCoordinatedBy(CREATOR));
        assertEquals(2, project.participants().size(), "changing a role adds no one");
        project.leave(CREATOR);
        assertEquals(Optional.empty(), project.participant(CREATOR));
    }

    @Test
    void confirmedMembersOfItsCommitteeMayJoinByThemselvesOthersAreAdded() {
        ProjectViewer colleague = viewer(60, COMMITTEE, Set.of(), null);
        ProjectViewer staff = viewer(62, null, Set.of(), BONN);
        assertTrue(colleague.mayJoin(project));
        assertFalse(staff.mayJoin(project));
        assertThrows(ValidationException.class, () -> project.joinAsCommitteeMember(staff, NOW));

        project.joinAsCommitteeMember(colleague, NOW);
        assertEquals(
                ProjectRole.PARTICIPANT, project.participant(60).orElseThrow().role());
        assertFalse(colleague.mayJoin(project), "once in, there is nothing to join");
    }

    @Test
    void participantsDescribeThemselvesOnlyIfTheyWant() {
        project.join(50, ProjectRole.PARTICIPANT, NOW);
        assertNull(project.participant(50).orElseThrow().residence());
        project.describeParticipant(50, Residence.NEW_HERE);
        assertEquals(Residence.NEW_HERE, project.participant(50).orElseThrow().residence());
        project.describeParticipant(50, null);
        assertNull(project.participant(50).orElseThrow().residence());
        assertThrows(ValidationException.class, () -> project.describeParticipant(99, Residence.LONG_HERE));
    }

    @Test
    void updatesAreShortTextsNewestFirst() {
        project.post(CREATOR, "  Erstes Treffen am Spielplatz.  ", List.of(), NOW);
        project.post(CREATOR, "Genehmigung vom Grünflächenamt ist da.", List.of(PHOTO), NOW.plusSeconds(60));
        assertEquals(
                "Genehmigung vom Grünflächenamt ist da.",
                project.updates().get(0).body());
        assertEquals("Erstes Treffen am Spielplatz.", project.updates().get(1).body());
        assertThrows(ValidationException.class, () -> project.post(CREATOR, "   ", List.of(), NOW));
        assertThrows(ValidationException.class, () -> project.post(CREATOR, "x".repeat(2001), List.of(), NOW));
        ValidationException tooMany = assertThrows(
                ValidationException.class,
                () -> project.post(CREATOR, "Vier Fotos", List.of(PHOTO, PHOTO, PHOTO, PHOTO), NOW));
        assertEquals("project.photo.tooMany", tooMany.violations().get(0).messageKey());
        assertEquals(1, project.updates().get(0).photos().size());
        assertEquals(2, project.updates().size(), "a refused update leaves nothing behind");
    }

    private static ProjectViewer viewer(long account, Long committee, Set<Long> cohorts, Long managedOrganisation) {
        return new ProjectViewer(
                account,
                Optional.ofNullable(committee),
                cohorts,
                organisation -> managedOrganisation != null && managedOrganisation.equals(organisation));
    }

    private static LocalDate day(int n) {
        return LocalDate.of(2027, 3, 1).plusDays(n);
    }
}
