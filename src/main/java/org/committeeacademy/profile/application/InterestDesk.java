package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.EmailAddress;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.notification.application.About;
import org.committeeacademy.notification.application.Notifications;
import org.committeeacademy.notification.application.Recipient;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.InterestRepository;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.RateWindow;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueRepository;

/**
 * The interest list: anyone signs up for a venue, confirms by the link in a mail (double opt-in), and can leave by
 * the link in every mail. Staff read the list per venue. Signing up twice sends the confirmation again, and says
 * the same as the first time, so the form reveals nobody's address.
 */
@ApplicationScoped
@Transactional
public class InterestDesk {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InterestRepository entries;

    @Inject
    VenueRepository venues;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    /** No mail flood to an arbitrary address, and no flood of sign-ups from one client (issue 20). */
    private final RateWindow perAddress =
            new RateWindow(AcademySettings.current().interestMailsPerAddress(), Duration.ofHours(24));

    private final RateWindow perClient =
            new RateWindow(AcademySettings.current().interestSignUpsPerClient(), Duration.ofHours(1));

    /** @param client the address the request came from: sign-ups per client are limited */
    public void signUp(
            Long venueId, String email, String name, Language language, boolean privacyAccepted, String client) {
        if (!privacyAccepted) {
            throw new ValidationException("privacy", "interest.privacy.required");
        }
        if (!perClient.tryAcquire(String.valueOf(client), clock.instant())) {
            throw new ValidationException("email", "interest.tooMany");
        }
        Venue venue = Optional.ofNullable(venueId)
                .flatMap(venues::find)
                .orElseThrow(() -> new ValidationException("venue", "interest.venue.required"));
        Optional<InterestEntry> known = entries.find(venue.id(), EmailAddress.normalize(email));
        if (known.filter(InterestEntry::isConfirmed).isPresent()) {
            return;
        }
        InterestEntry entry = known.orElseGet(
                () -> entries.add(new InterestEntry(venue.id(), email, name, language, newToken(), clock.instant())));
        if (!perAddress.tryAcquire(entry.email(), clock.instant())) {
            // the same answer as always, so the form reveals nothing; the address just gets no further mail today
            return;
        }
        notifications.send(
                new Recipient(null, entry.email(), entry.name(), entry.language()),
                Notice.INTEREST_CONFIRM,
                Map.of(
                        "venue", venue.name(),
                        "link", InterestLinks.confirm(entry.token()),
                        "unsubscribe", InterestLinks.unsubscribe(entry.token())),
                About.NOTHING);
    }

    /** The venues one can sign up for, by name. */
    public List<VenueOption> venues() {
        return venues.all().stream()
                .map(v -> new VenueOption(v.id(), v.name(), v.city()))
                .sorted(Comparator.comparing(VenueOption::name))
                .toList();
    }

    /** @return the venue's name, or empty for an unknown (or already removed) token */
    public Optional<String> confirm(String token) {
        return byToken(token).map(entry -> {
            entry.confirm(clock.instant());
            return venues.find(entry.venueId()).map(Venue::name).orElse("");
        });
    }

    /** @return whether there was an entry to remove */
    public boolean unsubscribe(String token) {
        Optional<InterestEntry> entry = byToken(token);
        entry.ifPresent(entries::remove);
        return entry.isPresent();
    }

    public List<InterestRow> atVenue(long venueId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Venue venue = venues.find(venueId).orElseThrow(() -> new NotFoundException("venue " + venueId));
        currentUser.requireManaging(venue.organisationId());
        return entries.atVenue(venueId).stream()
                .map(e -> new InterestRow(
                        e.name(), e.email(), e.language().code(), e.createdAt(), e.confirmedAt(), e.lastNotifiedAt()))
                .toList();
    }

    private Optional<InterestEntry> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : entries.byToken(token.strip());
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
