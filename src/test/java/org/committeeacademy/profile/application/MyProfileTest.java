package org.committeeacademy.profile.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.profile.domain.CommitteeRole;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.ConsentKind;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.profile.domain.ProfileDetails;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.profile.persistence.JpaProfileRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** The consent rules as a member meets them, on Derby with the demo data, signed in as olena.kovalenko@example.org. */
@DatabaseTest
class MyProfileTest {

    private static final String EMAIL = "olena.kovalenko@example.org";

    @Test
    void needsAreStoredUnderConsentAndDeletedWhenItIsWithdrawn() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, profile -> profile.save(change("Höranlage bitte", true)));
            as(db, profile -> {
                ProfileView mine = profile.mine();
                assertEquals("Höranlage bitte", mine.accessibilityNeeds());
                assertNotNull(mine.needsConsentSince());
            });

            as(db, profile -> profile.save(change("Höranlage bitte", false)));

            EntityManager em = db.entityManager();
            long id = account(em).id();
            assertNull(em.find(Profile.class, id).accessibilityNeeds(), "withdrawing deletes the needs");
            List<Consent> consents = consents(em, id, ConsentKind.ACCESSIBILITY_NEEDS);
            assertEquals(1, consents.size());
            assertNotNull(consents.get(0).withdrawnAt(), "the consent's record says when it ended");
            em.close();
        }
    }

    @Test
    void plainGermanIsKeptOnTheAccountAndOnlyWithGerman() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, profile -> profile.save(change(null, false, Language.DE, true)));
            as(db, profile -> {
                ProfileView mine = profile.mine();
                assertEquals(Language.DE, mine.language());
                assertTrue(mine.plainLanguage(), "stored, read back from the database");
            });

            as(db, profile -> profile.save(change(null, false, Language.TR, true)));
            as(db, profile -> {
                assertEquals(Language.TR, profile.mine().language());
                assertFalse(profile.mine().plainLanguage(), "plain German only with German");
            });
        }
    }

    @Test
    void needsTypedWithoutConsentAreRefusedAndNothingIsStored() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, profile -> {
                ValidationException refused =
                        assertThrows(ValidationException.class, () -> profile.save(change("Rollstuhl", false)));
                assertEquals("needsConsent", refused.violations().get(0).field());
            });
            EntityManager em = db.entityManager();
            long id = account(em).id();
            assertNull(em.find(Profile.class, id).accessibilityNeeds());
            assertTrue(consents(em, id, ConsentKind.ACCESSIBILITY_NEEDS).isEmpty());
            em.close();
        }
    }

    @Test
    void thePrivacyNoticeIsAcknowledgedOncePerVersion() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            as(db, profile -> assertFalse(profile.privacyNoticeToAcknowledge(), "the demo accounts have read it"));
            EntityManager em = db.entityManager();
            long id = account(em).id();
            em.close();
            db.inTransaction(tx -> tx.createQuery("DELETE FROM Consent c WHERE c.accountId = :a")
                    .setParameter("a", id)
                    .executeUpdate());
            as(db, profile -> {
                assertTrue(profile.privacyNoticeToAcknowledge());
                profile.acknowledgePrivacyNotice();
                profile.acknowledgePrivacyNotice();
            });
            em = db.entityManager();
            assertEquals(1, consents(em, id, ConsentKind.PRIVACY_NOTICE).size());
            em.close();
        }
    }

    private static ProfileChange change(String needs, boolean consent) {
        return change(needs, consent, Language.EN, false);
    }

    private static ProfileChange change(String needs, boolean consent, Language language, boolean plain) {
        return new ProfileChange(
                "Olena Kovalenko",
                language,
                plain,
                new ProfileDetails("Siegburg", CommitteeRole.APPOINTED_EXPERT, "+49 2241 123", needs, null, null),
                consent,
                false,
                TalentVisibility.NOBODY);
    }

    /** Runs the work with the service wired by hand, signed in as the demo member, in one transaction. */
    private static void as(TestDatabase db, Consumer<MyProfile> work) {
        db.inTransaction(em -> {
            Account me = account(em);
            MyProfile profile = new MyProfile();
            profile.currentUser = new CurrentUser() {
                @Override
                public Optional<Account> account() {
                    return Optional.of(me);
                }
            };
            profile.accounts = new JpaAccountRepository(em);
            profile.profiles = new JpaProfileRepository(em);
            work.accept(profile);
        });
    }

    private static Account account(EntityManager em) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", EMAIL)
                .getSingleResult();
    }

    private static List<Consent> consents(EntityManager em, long accountId, ConsentKind kind) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.accountId = :a AND c.kind = :k", Consent.class)
                .setParameter("a", accountId)
                .setParameter("k", kind)
                .getResultList();
    }
}
