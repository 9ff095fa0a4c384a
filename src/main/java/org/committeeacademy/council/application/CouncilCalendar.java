package org.committeeacademy.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.council.domain.CouncilAgendaItem;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.Organ;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * What was imported, as members see it: a committee's and its council's meetings (for the committee's confirmed
 * members, staff and admins), and papers with their consultations and results (for linking goals).
 */
@ApplicationScoped
@Transactional
public class CouncilCalendar {

    public static final int SEARCH_LIMIT = 20;

    @Inject
    CouncilRepository council;

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    public List<MeetingView> meetings(long committeeId, LocalDate from) {
        requireReader(committeeId);
        Instant since = (from == null ? LocalDate.now(AcademyTime.ZONE) : from)
                .atStartOfDay(AcademyTime.ZONE)
                .toInstant();
        return meetingsOf(committeeId, since);
    }

    /**
     * The signed-in account's next meetings (its confirmed committee's and that committee's council), at most max;
     * empty when the account has no confirmed committee or the committee names no council system.
     */
    public Optional<List<MeetingView>> myNext(int max) {
        Account me = currentUser.require();
        return committeeOf(me.id())
                .filter(committee -> council.source(committee).isPresent())
                .map(committee ->
                        meetingsOf(committee, Instant.now()).stream().limit(max).toList());
    }

    /**
     * An account's meetings from a time, for its calendar feed (whose secret address is the check): those of its
     * confirmed committee and that committee's council.
     */
    public List<MeetingView> meetingsOfAccount(long accountId, Instant from) {
        return committeeOf(accountId)
                .map(committee -> meetingsOf(committee, from))
                .orElse(List.of());
    }

    private List<MeetingView> meetingsOf(long committee, Instant from) {
        Integer deadline = deadlineDays(committee);
        return council.meetingsFrom(committee, from).stream()
                .map(m -> view(m, deadline))
                .toList();
    }

    private Optional<Long> committeeOf(long accountId) {
        return committees.membershipOf(accountId).filter(m -> m.isConfirmed()).map(m -> m.committeeId());
    }

    private Integer deadlineDays(long committeeId) {
        return council.source(committeeId)
                .map(s -> s.motionDeadlineDays())
                .or(OParlLimits::motionDeadlineDays)
                .orElse(null);
    }

    /** The papers of the committee's body whose name or reference contains the text (at most {@value #SEARCH_LIMIT}). */
    public List<PaperView> searchPapers(long committeeId, String text) {
        requireReader(committeeId);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return council.searchPapers(committeeId, text, SEARCH_LIMIT).stream()
                .map(p -> paper(committeeId, p))
                .toList();
    }

    /** A paper by its OParl id among the committee's imported ones, with its consultations; no access check. */
    public Optional<PaperView> paper(long committeeId, String oparlId) {
        return council.paper(committeeId, oparlId).map(p -> paper(committeeId, p));
    }

    private PaperView paper(long committeeId, CouncilPaper paper) {
        Map<String, CouncilMeeting> meetings = new HashMap<>();
        council.meetingsByOparlIds(
                        committeeId,
                        paper.consultations().stream()
                                .map(c -> c.meetingOparlId())
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .forEach(m -> meetings.put(m.oparlId(), m));
        return new PaperView(
                paper.oparlId(),
                paper.name(),
                paper.reference(),
                paper.consultations().stream()
                        .map(c -> {
                            CouncilMeeting m = meetings.get(c.meetingOparlId());
                            String result = m == null
                                    ? null
                                    : m.agendaItems().stream()
                                            .filter(i -> i.oparlId().equals(c.agendaItemOparlId()))
                                            .findFirst()
                                            .map(CouncilAgendaItem::result)
                                            .orElse(null);
                            boolean decides = c.authoritative() || (m != null && m.organ() == Organ.COUNCIL);
                            return new PaperView.ConsultationView(
                                    m == null ? null : m.name(),
                                    m == null || m.start() == null
                                            ? null
                                            : m.start().atZone(AcademyTime.ZONE).toOffsetDateTime(),
                                    result,
                                    decides,
                                    c.role());
                        })
                        .toList());
    }

    private static MeetingView view(CouncilMeeting m, Integer deadlineDays) {
        LocalDate day =
                m.start() == null ? null : m.start().atZone(AcademyTime.ZONE).toLocalDate();
        return new MeetingView(
                m.id(),
                m.name(),
                m.start() == null ? null : m.start().atZone(AcademyTime.ZONE).toOffsetDateTime(),
                m.end() == null ? null : m.end().atZone(AcademyTime.ZONE).toOffsetDateTime(),
                m.location(),
                m.cancelled(),
                m.oparlId(),
                m.organ().name(),
                deadlineDays == null || day == null ? null : day.minusDays(deadlineDays));
    }

    /** The committee's confirmed members, staff and admins. */
    private void requireReader(long committeeId) {
        committees.find(committeeId).orElseThrow(() -> new NotFoundException("committee " + committeeId));
        Account me = currentUser.require();
        if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN)) {
            return;
        }
        boolean member = committees
                .membershipOf(me.id())
                .filter(m -> m.isConfirmed() && m.committeeId() == committeeId)
                .isPresent();
        if (!member) {
            throw new AccessDeniedException("not a member of committee " + committeeId);
        }
    }
}
