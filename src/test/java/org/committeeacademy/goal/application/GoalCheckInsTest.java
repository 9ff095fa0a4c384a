package org.committeeacademy.goal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalRepository;
import org.committeeacademy.worksheet.domain.GoalAnswer;
import org.junit.jupiter.api.Test;

class GoalCheckInsTest {

    private final List<Goal> stored = new ArrayList<>();
    private final GoalCheckIns checkIns = new GoalCheckIns();

    GoalCheckInsTest() {
        checkIns.goals = new InMemoryGoals();
    }

    @Test
    void listsTheOwnersCheckInsThatCameAndAreNotRecorded() {
        Goal early = goal(7, LocalDate.of(2027, 1, 15));
        Goal recent = goal(8, LocalDate.of(2027, 6, 1));
        early.checkIn(7, Checkpoint.THREE_MONTHS, 0, null, Instant.parse("2027-04-20T10:00:00Z"));
        early.checkIn(99, Checkpoint.SIX_MONTHS, 1, "a colleague's, not the owner's", Instant.now());

        List<DueCheckIn> due = checkIns.due(LocalDate.of(2027, 9, 1));

        assertEquals(List.of(new DueCheckIn(7, 1, 6), new DueCheckIn(8, 2, 3)), due);
        assertEquals(List.of(), checkIns.due(LocalDate.of(2027, 4, 14)), "nothing before the first three months");
        assertEquals(0, recent.checkIns().size());
    }

    /** A goal as stored, with the id the database would give it. */
    private Goal goal(long owner, LocalDate courseEnd) {
        Goal goal = new Goal(owner, 1, 3, 0, "Kurs", courseEnd, new GoalAnswer("Ziel", "", "", "", "", "", ""));
        stored.add(goal);
        try {
            Field id = Goal.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(goal, (long) stored.size());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return goal;
    }

    private class InMemoryGoals implements GoalRepository {
        @Override
        public List<Goal> endedBy(LocalDate day) {
            return stored.stream().filter(g -> !g.courseEnd().isAfter(day)).toList();
        }

        @Override
        public Optional<Goal> find(long id) {
            return Optional.empty();
        }

        @Override
        public void lockForCheckIn(long id) {}

        @Override
        public List<Goal> ofWorksheet(long worksheetId) {
            return List.of();
        }

        @Override
        public List<Goal> visibleTo(long accountId, Collection<Long> colleagues) {
            return List.of();
        }

        @Override
        public void add(Goal goal) {}

        @Override
        public void remove(Goal goal) {}
    }
}
