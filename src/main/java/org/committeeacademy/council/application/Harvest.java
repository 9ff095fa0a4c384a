package org.committeeacademy.council.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.Organ;

/**
 * Everything one sync read from the council information system, before anything is stored: the body's organizations,
 * which of them are the committee and the council, the meetings and papers (all of them on a full sync, the changed
 * ones otherwise), the ids of deleted ones, and how many objects were skipped as malformed.
 */
public record Harvest(
        boolean full,
        List<Organization> organizations,
        String committeeOrganization,
        String councilOrganization,
        List<Meeting> meetings,
        Set<String> deletedMeetings,
        List<Paper> papers,
        Set<String> deletedPapers,
        int skipped) {

    public record Organization(String oparlId, String name) {}

    public record Meeting(
            String oparlId,
            Organ organ,
            String name,
            Instant start,
            Instant end,
            String location,
            boolean cancelled,
            List<CouncilMeeting.Item> items) {}

    /** A paper with its consultations and the organizations they are in (to keep only ours). */
    public record Paper(
            String oparlId,
            String name,
            String reference,
            LocalDate date,
            List<CouncilPaper.Consulted> consultations,
            Set<String> organizations) {

        /** Consulted by one of the organizations or in one of the meetings. */
        public boolean concerns(Set<String> organizationIds, Set<String> meetingIds) {
            return organizations.stream().anyMatch(organizationIds::contains)
                    || consultations.stream().anyMatch(c -> meetingIds.contains(c.meetingOparlId()));
        }
    }
}
