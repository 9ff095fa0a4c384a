package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Acts as trainer of cohort X" needs the TRAINER role now and the assignment (issue 20, finding 2). */
class TrainerRuleTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);

    private Cohort cohort;
    private Session session;
    private Account trainer;
    private Account other;

    @BeforeEach
    void setUp() throws Exception {
        LocalizedText text = new LocalizedText("Titel", "Title");
        Series series = Series.create("integration-committees", text, text);
        Module context = new Module("local-context");
        series.addModule(context);
        Venue venue =
                new Venue("VHS Bonn", "Mülheimer Platz 1", "53111", "Bonn", new Accessibility(true, true, true, null));
        Room room = venue.addRoom("B06", 12);
        cohort = new Cohort(series, venue, CohortPlan.defaults("Bonn"));
        trainer = account(1L, "trainer@example.org", Role.TRAINER);
        other = account(2L, "other-trainer@example.org", Role.TRAINER);
        cohort.assignTrainers(List.of(trainer));
        session = cohort.schedule(
                new SessionPlan(context, new TimeSlot(DAY.atTime(10, 0), DAY.atTime(16, 0)), room, null, Set.of()),
                List.of());
    }

    @Test
    void anAssignedTrainerActsAsTrainer() {
        assertTrue(TrainerRule.actsAsTrainer(cohort, trainer));
        assertTrue(TrainerRule.teaches(session, trainer));
    }

    @Test
    void theRoleWithoutTheAssignmentIsNotEnough() {
        assertFalse(TrainerRule.actsAsTrainer(cohort, other));
        assertFalse(TrainerRule.teaches(session, other));
    }

    @Test
    void theAssignmentKeptButTheRoleRemovedIsRefused() {
        trainer.changeRoles(EnumSet.of(Role.MEMBER));

        assertFalse(TrainerRule.actsAsTrainer(cohort, trainer));
        assertFalse(TrainerRule.teaches(session, trainer));
        assertTrue(cohort.trainers().contains(trainer), "the assignment itself stays");
    }

    @Test
    void nobodySignedInIsNoTrainer() {
        assertFalse(TrainerRule.actsAsTrainer(cohort, null));
    }

    private static Account account(long id, String email, Role role) throws Exception {
        Account account = new Account(email, email, Language.DE, "hash", EnumSet.of(role), Instant.EPOCH);
        Field field = Account.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(account, id);
        return account;
    }
}
