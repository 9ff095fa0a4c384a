package org.committeeacademy.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilOrganization;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.CouncilSource;

/**
 * Stores a complete {@link Harvest} in one transaction, so a sync either changes everything it read or nothing: a
 * full harvest replaces what the committee had, an incremental one updates by OParl id and removes the deleted.
 * Papers are kept when a consultation is in the committee's or the council's organization or meetings.
 */
@ApplicationScoped
public class CouncilImport {

    @Inject
    CouncilRepository council;

    public CouncilImport() {}

    /** For use without a container. */
    public CouncilImport(CouncilRepository council) {
        this.council = council;
    }

    /** What one sync wrote: meetings and papers added or changed, and objects skipped as malformed. */
    public record Outcome(int meetings, int papers, int skipped) {}

    @Transactional
    public Outcome apply(long committee, Harvest harvest, Instant startedAt, Instant now, Instant nextNight) {
        CouncilSource source = council.source(committee).orElseThrow();
        council.replaceOrganizations(
                committee,
                harvest.organizations().stream()
                        .map(o -> new CouncilOrganization(committee, o.oparlId(), o.name()))
                        .toList());
        Map<String, CouncilMeeting> meetings = new HashMap<>();
        for (CouncilMeeting m : council.meetings(committee)) {
            if (harvest.full() || harvest.deletedMeetings().contains(m.oparlId())) {
                council.removeMeeting(m);
            } else {
                meetings.put(m.oparlId(), m);
            }
        }
        for (Harvest.Meeting m : harvest.meetings()) {
            CouncilMeeting meeting =
                    meetings.computeIfAbsent(m.oparlId(), id -> council.addMeeting(new CouncilMeeting(committee, id)));
            meeting.update(m.organ(), m.name(), m.start(), m.end(), m.location(), m.cancelled(), m.items());
        }
        Set<String> organizations = Stream.of(harvest.committeeOrganization(), harvest.councilOrganization())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> meetingIds = new HashSet<>(meetings.keySet());
        Map<String, CouncilPaper> papers = new HashMap<>();
        for (CouncilPaper p : council.papers(committee)) {
            if (harvest.full() || harvest.deletedPapers().contains(p.oparlId())) {
                council.removePaper(p);
            } else {
                papers.put(p.oparlId(), p);
            }
        }
        int paperCount = 0;
        for (Harvest.Paper p : harvest.papers()) {
            CouncilPaper stored = papers.get(p.oparlId());
            if (!p.concerns(organizations, meetingIds)) {
                if (stored != null) {
                    council.removePaper(stored); // no longer consulted by us
                    papers.remove(p.oparlId());
                }
                continue;
            }
            CouncilPaper paper = stored != null ? stored : council.addPaper(new CouncilPaper(committee, p.oparlId()));
            papers.put(p.oparlId(), paper);
            paper.update(p.name(), p.reference(), p.date(), p.consultations());
            paperCount++;
        }
        source.matched(harvest.committeeOrganization(), harvest.councilOrganization());
        source.succeeded(startedAt, now, meetings.size(), papers.size(), harvest.skipped(), nextNight);
        return new Outcome(harvest.meetings().size(), paperCount, harvest.skipped());
    }

    /** Records a failed sync on the source; what was imported stays as it was. */
    @Transactional
    public void failed(long committeeId, Instant now, String messageKey, Instant nextNight) {
        council.source(committeeId).ifPresent(source -> source.failed(now, messageKey, nextNight));
    }
}
