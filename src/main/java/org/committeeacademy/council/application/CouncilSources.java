package org.committeeacademy.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.council.domain.CouncilOrganization;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Which council information system a committee uses. Committees are public bodies shared by all organisations, so
 * any STAFF account (and admins) may set it, as they may correct the committee's record; the coordinator, who sees
 * figures only, may not.
 */
@ApplicationScoped
@Transactional
public class CouncilSources {

    @Inject
    CouncilRepository council;

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    /** Sets the body URL and, optionally, which organizations are the committee and the council, and the deadline. */
    public CouncilSource configure(
            long committeeId,
            String bodyUrl,
            String committeeOrganization,
            String councilOrganization,
            Integer motionDeadlineDays) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        committees.find(committeeId).orElseThrow(() -> new NotFoundException("committee " + committeeId));
        CouncilSource source = council.source(committeeId).orElse(null);
        if (source == null) {
            source = council.add(new CouncilSource(committeeId, bodyUrl, clock.instant()));
        } else {
            source.point(bodyUrl, clock.instant());
        }
        source.choose(committeeOrganization, councilOrganization, clock.instant());
        source.deadlineDays(motionDeadlineDays);
        return source;
    }

    public Optional<CouncilSource> of(long committeeId) {
        currentUser.require();
        return council.source(committeeId);
    }

    /** The body's organizations as last read, for staff to choose the committee and the council. */
    public List<CouncilOrganization> organizations(long committeeId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return council.organizations(committeeId);
    }
}
