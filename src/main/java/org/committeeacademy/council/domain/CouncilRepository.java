package org.committeeacademy.council.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The council sources and everything imported from them, per committee. */
public interface CouncilRepository {

    Optional<CouncilSource> source(long committeeId);

    CouncilSource add(CouncilSource source);

    List<CouncilSource> sources();

    List<CouncilOrganization> organizations(long committeeId);

    /** Replaces the body's organizations (a small list, read in full on every sync). */
    void replaceOrganizations(long committeeId, List<CouncilOrganization> organizations);

    List<CouncilMeeting> meetings(long committeeId);

    List<CouncilMeeting> meetingsFrom(long committeeId, Instant from);

    /** Meetings of the committee by OParl id, for a paper's consultations. */
    List<CouncilMeeting> meetingsByOparlIds(long committeeId, java.util.Collection<String> oparlIds);

    CouncilMeeting addMeeting(CouncilMeeting meeting);

    void removeMeeting(CouncilMeeting meeting);

    List<CouncilPaper> papers(long committeeId);

    Optional<CouncilPaper> paper(long committeeId, String oparlId);

    /** Papers whose name or reference contains the text, regardless of case; at most limit. */
    List<CouncilPaper> searchPapers(long committeeId, String text, int limit);

    CouncilPaper addPaper(CouncilPaper paper);

    void removePaper(CouncilPaper paper);
}
