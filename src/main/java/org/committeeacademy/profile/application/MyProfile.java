package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.ConsentKind;
import org.committeeacademy.profile.domain.Consents;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.profile.domain.ProfileRepository;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/**
 * The signed-in person's own profile and consents. Accessibility needs and talents are stored only under a
 * standing consent; withdrawing a consent deletes what it covered at once.
 */
@ApplicationScoped
@Transactional
public class MyProfile {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    @Inject
    ProfileRepository profiles;

    Clock clock = Clock.systemUTC();

    public ProfileView mine() {
        Account me = currentUser.require();
        Profile profile = profiles.find(me.id()).orElseGet(() -> new Profile(me.id(), now()));
        Consents consents = new Consents(me.id(), profiles.consents(me.id()));
        return new ProfileView(
                me.name(),
                me.email(),
                me.language(),
                me.plainLanguage(),
                profile.municipality(),
                profile.committeeRole(),
                profile.contactPhone(),
                profile.accessibilityNeeds(),
                consents.standing(ConsentKind.ACCESSIBILITY_NEEDS)
                        .map(Consent::givenAt)
                        .orElse(null),
                profile.talents(),
                profile.languagesOffered(),
                profile.talentsVisibility(),
                consents.standing(ConsentKind.TALENTS).map(Consent::givenAt).orElse(null));
    }

    public void save(ProfileChange change) {
        Account me = accounts.find(currentUser.require().id()).orElseThrow();
        checkBeforeChanging(change, me);
        Instant now = now();
        Profile profile = profiles.find(me.id()).orElseGet(() -> profiles.add(new Profile(me.id(), now)));
        profile.describe(change.details(), now);
        Consents consents = new Consents(me.id(), profiles.consents(me.id()));
        boolean needs = decide(consents, ConsentKind.ACCESSIBILITY_NEEDS, change.needsConsent(), now);
        profile.shareNeeds(change.details().accessibilityNeeds(), needs);
        boolean talents = decide(consents, ConsentKind.TALENTS, change.talentsConsent(), now);
        profile.offerTalents(
                change.details().talents(), change.details().languagesOffered(), change.talentsVisibility(), talents);
        me.rename(change.name());
        me.changeLanguage(change.language(), change.plainLanguage());
    }

    /** Whether the privacy notice changed since the person last acknowledged it (or they never did). */
    public boolean privacyNoticeToAcknowledge() {
        return currentUser
                .account()
                .map(me -> !new Consents(me.id(), profiles.consents(me.id())).covers(ConsentKind.PRIVACY_NOTICE))
                .orElse(false);
    }

    public void acknowledgePrivacyNotice() {
        Account me = currentUser.require();
        new Consents(me.id(), profiles.consents(me.id()))
                .give(ConsentKind.PRIVACY_NOTICE, now())
                .ifPresent(profiles::addConsent);
    }

    /**
     * Refuses needs or talents typed without ticking the consent (unless the consent is being withdrawn, which
     * deletes them anyway), so nobody believes something was saved that was not.
     */
    private void checkBeforeChanging(ProfileChange change, Account me) {
        Consents consents = new Consents(me.id(), profiles.consents(me.id()));
        List<Violation> problems = new ArrayList<>();
        if (!change.needsConsent()
                && consents.standing(ConsentKind.ACCESSIBILITY_NEEDS).isEmpty()
                && !isBlank(change.details().accessibilityNeeds())) {
            problems.add(new Violation("needsConsent", "profile.needs.consentRequired"));
        }
        if (!change.talentsConsent()
                && consents.standing(ConsentKind.TALENTS).isEmpty()
                && !(isBlank(change.details().talents())
                        && isBlank(change.details().languagesOffered()))) {
            problems.add(new Violation("talentsConsent", "profile.talents.consentRequired"));
        }
        String name = change.name() == null ? "" : change.name().strip();
        if (name.isEmpty() || name.length() > Account.MAX_NAME_LENGTH) {
            problems.add(new Violation("name", "account.name.invalid"));
        }
        if (change.language() == null) {
            problems.add(new Violation("language", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private boolean decide(Consents consents, ConsentKind kind, boolean wanted, Instant now) {
        if (wanted) {
            consents.give(kind, now).ifPresent(profiles::addConsent);
            return true;
        }
        consents.withdraw(kind, now);
        return false;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private Instant now() {
        return clock.instant();
    }
}
