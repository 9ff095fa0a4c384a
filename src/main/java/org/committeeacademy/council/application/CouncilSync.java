package org.committeeacademy.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Syncs a committee's council information system: reads everything first (no transaction is open while the network is
 * used), then stores it in one transaction ({@link CouncilImport}). A failure is logged with its detail, recorded on
 * the source for the committee's page and the retries, and changes nothing imported.
 */
@ApplicationScoped
public class CouncilSync {

    private static final System.Logger LOG = System.getLogger(CouncilSync.class.getName());
    static final LocalTime NIGHTLY = LocalTime.of(2, 30);
    /** Committees being synced in this instance: "sync now" and the nightly job never run one twice at once. */
    private static final java.util.Set<Long> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    CouncilRepository council;

    @Inject
    CommitteeRepository committees;

    @Inject
    CouncilImport importer;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    Supplier<OParlLimits> limits = OParlLimits::fromSettings;

    /** "Sync now" by staff or an admin. */
    public CouncilImport.Outcome syncNow(long committeeId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return run(committeeId);
    }

    /** One sync, also from the nightly job; throws {@link CouncilUnavailableException} after recording it. */
    public CouncilImport.Outcome run(long committeeId) {
        String committeeName = committees
                .find(committeeId)
                .orElseThrow(() -> new NotFoundException("committee " + committeeId))
                .name();
        CouncilSource source = council.source(committeeId)
                .orElseThrow(() -> new NotFoundException("no OParl URL for committee " + committeeId));
        if (!RUNNING.add(committeeId)) {
            throw new ConflictException("council.sync.running");
        }
        Instant started = clock.instant();
        try {
            Harvest harvest = new CouncilHarvester(new OParlClient(limits.get()))
                    .harvest(
                            source.bodyUrl(),
                            committeeName,
                            source.committeeOrganization(),
                            source.councilOrganization(),
                            source.modifiedSince());
            Instant now = clock.instant();
            CouncilImport.Outcome outcome = importer.apply(committeeId, harvest, started, now, nextNight(now));
            LOG.log(
                    Level.INFO,
                    "OParl sync of committee {0} ({1}): {2} meetings, {3} papers, {4} skipped",
                    committeeId,
                    harvest.full() ? "full" : "changes",
                    outcome.meetings(),
                    outcome.papers(),
                    outcome.skipped());
            return outcome;
        } catch (CouncilUnavailableException e) {
            LOG.log(
                    Level.WARNING,
                    "OParl sync of committee {0} from {1} failed ({2}): {3}",
                    committeeId,
                    source.bodyUrl(),
                    e.messageKey(),
                    e.getMessage());
            Instant now = clock.instant();
            importer.failed(committeeId, now, e.messageKey(), nextNight(now));
            throw e;
        } finally {
            RUNNING.remove(committeeId);
        }
    }

    /** 02:30 local time on the next day: when the nightly job tries again after the retries ran out. */
    Instant nextNight(Instant now) {
        return now.atZone(AcademyTime.ZONE)
                .toLocalDate()
                .plusDays(1)
                .atTime(NIGHTLY)
                .atZone(AcademyTime.ZONE)
                .toInstant();
    }
}
