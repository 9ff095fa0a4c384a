package org.committeeacademy.project.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.goal.domain.Checkpoint;
import org.junit.jupiter.api.Test;

class CommitteeProjectsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void countsPerCommitteeAndLeavesOutCommitteesWithFewerThanFivePeople() {
        Project running = project(1, 100, 101, 102);
        running.changeStatus(ProjectStatus.RUNNING, LocalDate.of(2027, 1, 1));
        running.checkIn(
                100,
                Checkpoint.THREE_MONTHS,
                new CheckInAnswers(1, Answer.YES, Answer.NO, null),
                LocalDate.of(2027, 4, 1),
                NOW);
        running.checkIn(
                100,
                Checkpoint.SIX_MONTHS,
                new CheckInAnswers(0, Answer.YES, Answer.YES, null),
                LocalDate.of(2027, 7, 1),
                NOW);
        Project idea = project(1, 102, 103, 104);
        Project small = project(2, 200, 201, 202, 203);

        List<CommitteeProjects> figures = CommitteeProjects.of(List.of(running, idea, small));

        assertEquals(
                List.of(new CommitteeProjects(1, 5, 1, 0, 1, 0, 2, 2, 1)),
                figures,
                "committee 2 has four people in its projects: too few to show");
        assertEquals(2, figures.get(0).projects());
    }

    private static Project project(long committee, long creator, long... others) {
        Project project = new Project(
                new ProjectOrigin(creator, committee, 1L, null, null),
                new ProjectDetails("Projekt", "Ort", "Problem", null, null, null, null, null),
                NOW);
        for (long other : others) {
            project.join(other, ProjectRole.PARTICIPANT, NOW);
        }
        return project;
    }
}
