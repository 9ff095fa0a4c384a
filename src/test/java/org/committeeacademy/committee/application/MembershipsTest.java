package org.committeeacademy.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.committeeacademy.committee.domain.MembershipStatus;
import org.committeeacademy.committee.persistence.JpaCommitteeRepository;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.InvitationAccepted;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** Requests, confirmations and invitations on Derby with the demo data, as staff and as members see them. */
@DatabaseTest
class MembershipsTest {

    /** Lina is a member of VHS Köln, so her request waits for Köln's staff. */
    private static final String STAFF = "staff-koeln@example.org";

    private static final String LINA = "lina.schmidt@example.org";
    private static final String OLENA = "olena.kovalenko@example.org";

    @Test
    void staffConfirmTheWaitingRequest() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, STAFF, memberships -> {
                List<MembershipRequest> requests = memberships.requests();
                assertEquals(1, requests.size());
                assertEquals(LINA, requests.get(0).memberEmail());
                assertEquals(
                        "Ausschuss für Chancengerechtigkeit und Integration Frechen",
                        requests.get(0).committeeName());
                memberships.confirm(requests.get(0).accountId());
            });
            as(db, LINA, memberships -> {
                MyCommittee mine = memberships.mine().orElseThrow();
                assertTrue(mine.confirmed());
                assertThrows(ConflictException.class, () -> memberships.request(mine.committeeId()));
            });
            as(db, STAFF, memberships -> assertTrue(memberships.requests().isEmpty()));
        }
    }

    @Test
    void staffOfAnotherOrganisationNeitherSeeNorConfirmTheRequest() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, "staff@example.org", memberships -> {
                assertTrue(memberships.requests().isEmpty());
                long lina = id(memberships, LINA);
                assertThrows(
                        org.committeeacademy.shared.domain.NotFoundException.class, () -> memberships.confirm(lina));
            });
        }
    }

    @Test
    void membersAskButDoNotConfirmAndUnknownCommitteesAreRefused() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, LINA, memberships -> {
                assertEquals(
                        MembershipStatus.REQUESTED,
                        memberships.mine().orElseThrow().status());
                assertThrows(AccessDeniedException.class, () -> memberships.confirm(id(memberships, LINA)));
                ValidationException refused =
                        assertThrows(ValidationException.class, () -> memberships.request(987_654L));
                assertEquals("committeeId", refused.violations().get(0).field());
            });
        }
    }

    @Test
    void anAcceptedInvitationConfirmsItsCommittee() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            long[] bonn = new long[1];
            as(db, OLENA, memberships -> {
                bonn[0] = memberships
                        .committees
                        .findByName("Integrationsrat Bonn")
                        .orElseThrow()
                        .id();
                memberships.onInvitationAccepted(new InvitationAccepted(id(memberships, OLENA), bonn[0]));
            });
            as(db, OLENA, memberships -> {
                MyCommittee mine = memberships.mine().orElseThrow();
                assertEquals(bonn[0], mine.committeeId());
                assertTrue(mine.confirmed());
                assertFalse(memberships.colleaguesOf(id(memberships, OLENA)).isEmpty(), "shares with Bonn now");
            });
        }
    }

    private static long id(Memberships memberships, String email) {
        return memberships.accounts.findByEmail(email).orElseThrow().id();
    }

    /** Runs the work with the service wired by hand, signed in as that account, in one transaction. */
    private static void as(TestDatabase db, String email, Consumer<Memberships> work) {
        db.inTransaction(em -> {
            Account me = account(em, email);
            CurrentUser user = new CurrentUser() {
                @Override
                public Optional<Account> account() {
                    return Optional.of(me);
                }
            };
            work.accept(new Memberships(new JpaCommitteeRepository(em), new JpaAccountRepository(em), user));
        });
    }

    private static Account account(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
