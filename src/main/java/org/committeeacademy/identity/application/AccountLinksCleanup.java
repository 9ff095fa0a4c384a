package org.committeeacademy.identity.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.TokenRepository;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every night: deletes one-time links a day after they expired, invitations 30 days after their link expired, and
 * registrations nobody decided on within 90 days. Declined registrations are deleted at once.
 */
@Singleton
@ScheduledJob
public class AccountLinksCleanup {

    private static final System.Logger LOG = System.getLogger(AccountLinksCleanup.class.getName());
    static final Duration INVITATIONS_KEPT_AFTER_EXPIRY = Duration.ofDays(30);
    static final Duration REGISTRATIONS_KEPT = Duration.ofDays(90);

    @Inject
    TokenRepository tokens;

    @Inject
    InvitationRepository invitations;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "3", minute = "50", persistent = false)
    public void deleteEnded() {
        Instant now = clock.instant();
        int links = tokens.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
        int invited = invitations.deleteInvitationsExpiredBefore(now.minus(INVITATIONS_KEPT_AFTER_EXPIRY));
        int registered = invitations.deleteRegistrationsBefore(now.minus(REGISTRATIONS_KEPT));
        LOG.log(Level.INFO, "Deleted {0} links, {1} invitations, {2} registrations", links, invited, registered);
    }
}
