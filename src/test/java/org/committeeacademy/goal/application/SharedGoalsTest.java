package org.committeeacademy.goal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.committee.persistence.JpaCommitteeRepository;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.goal.persistence.JpaGoalRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * On Derby with the demo data: member@example.org shares a goal with the Integrationsrat Bonn, where she and
 * tarek.hassan@example.org are confirmed members. Only a confirmed membership of the same committee shows it.
 */
@DatabaseTest
class SharedGoalsTest {

    private static final String OWNER = "member@example.org";
    private static final String GOAL = "Einladungen zu Elternabenden";

    @Test
    void aConfirmedColleagueSeesTheSharedGoal() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            assertTrue(seesSharedGoal(db, "tarek.hassan@example.org"));
            assertFalse(seesSharedGoal(db, "olena.kovalenko@example.org"), "another committee");
        }
    }

    @Test
    void aRequestForTheSameCommitteeShowsNothingUntilItIsConfirmed() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            String olena = "olena.kovalenko@example.org";
            db.inTransaction(em -> {
                CommitteeRepository committees = new JpaCommitteeRepository(em);
                long bonn = committees
                        .findByName("integrationsrat bonn")
                        .map(Committee::id)
                        .orElseThrow();
                CommitteeMembership membership =
                        committees.membershipOf(account(em, olena).id()).orElseThrow();
                committees.remove(membership);
                em.flush();
                committees.add(CommitteeMembership.requested(account(em, olena).id(), bonn, java.time.Instant.now()));
            });
            assertFalse(seesSharedGoal(db, olena), "requested is not confirmed");

            db.inTransaction(em -> new JpaCommitteeRepository(em)
                    .membershipOf(account(em, olena).id())
                    .orElseThrow()
                    .confirm(
                            new JpaCommitteeRepository(em)
                                    .findByName("Integrationsrat Bonn")
                                    .orElseThrow()
                                    .id(),
                            java.time.Instant.now()));
            assertTrue(seesSharedGoal(db, olena));
        }
    }

    @Test
    void theDemoMembersAreConfirmedAndOneRequestWaits() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            EntityManager em = db.entityManager();
            CommitteeRepository committees = new JpaCommitteeRepository(em);
            CommitteeMembership member =
                    committees.membershipOf(account(em, OWNER).id()).orElseThrow();
            assertTrue(member.isConfirmed());
            assertEquals(
                    "Integrationsrat Bonn",
                    committees.find(member.committeeId()).orElseThrow().name());
            assertEquals(1, committees.requested().size());
            em.close();
        }
    }

    private static boolean seesSharedGoal(TestDatabase db, String email) {
        boolean[] seen = new boolean[1];
        db.inTransaction(em -> {
            Account me = account(em, email);
            MyGoals goals = new MyGoals();
            goals.goals = new JpaGoalRepository(em);
            goals.accounts = new JpaAccountRepository(em);
            goals.currentUser = new CurrentUser() {
                @Override
                public Optional<Account> account() {
                    return Optional.of(me);
                }
            };
            goals.memberships =
                    new Memberships(new JpaCommitteeRepository(em), new JpaAccountRepository(em), goals.currentUser);
            List<GoalView> visible = goals.list();
            seen[0] = visible.stream().anyMatch(g -> !g.mine() && g.what().contains(GOAL));
        });
        return seen[0];
    }

    private static Account account(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
