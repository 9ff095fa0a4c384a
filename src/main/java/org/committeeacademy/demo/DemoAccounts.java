package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Ambassador;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.OneTimeToken;
import org.committeeacademy.identity.domain.Referral;
import org.committeeacademy.identity.domain.Registration;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.shared.domain.Language;

/**
 * Ways to an account in the demo: Ayşe Yılmaz is an ambassador, two members came through her, one more person asked
 * for an account through her link and waits for staff, and one invitation is open (its link was never mailed).
 */
final class DemoAccounts {

    private DemoAccounts() {}

    static void load(EntityManager em, LocalDate today, Instant now) {
        // Not asked to set up a second factor although ACADEMY_MFA_REQUIRED_ROLES names their roles: the README's
        // journeys sign in with the published password alone. Accounts opened later are asked as configured.
        em.createQuery("SELECT a.id FROM Account a", Long.class)
                .getResultList()
                .forEach(id -> em.persist(SecondFactor.exemptFor(id)));
        Account ambassador = account(em, "member@example.org");
        Account staff = account(em, "staff@example.org");
        em.persist(new Ambassador(ambassador.id(), now.minus(60, ChronoUnit.DAYS)));
        em.persist(new Referral(
                account(em, "marta.nowak@example.org").id(), ambassador.id(), now.minus(40, ChronoUnit.DAYS)));
        em.persist(new Referral(
                account(em, "tarek.hassan@example.org").id(), ambassador.id(), now.minus(20, ChronoUnit.DAYS)));

        Invitation invitation = new Invitation(
                "kemal.arslan@example.org", "Kemal Arslan", Language.DE, Role.MEMBER, staff.id(), null, now);
        em.persist(invitation);
        em.flush();
        em.persist(OneTimeToken.forInvitation(invitation.id(), now).token());

        // The demo password's hash (hashing anew is slow on purpose): once approved, she logs in like every demo
        // account.
        em.persist(new Registration(
                "sofia.rossi@example.org",
                "Sofia Rossi",
                Language.EN,
                staff.passwordHash(),
                "Ich bin im Integrationsrat meiner Stadt.",
                ambassador.id(),
                now.minus(2, ChronoUnit.DAYS)));
    }

    private static Account account(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
