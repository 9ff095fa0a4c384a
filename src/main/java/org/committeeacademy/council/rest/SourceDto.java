package org.committeeacademy.council.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.council.domain.CouncilOrganization;
import org.committeeacademy.council.domain.CouncilSource;

/** A committee's council source and how its syncs went; lastError is a message key (null after a success). */
@JsonbNillable
public record SourceDto(
        long committeeId,
        String bodyUrl,
        String committeeOrganization,
        String councilOrganization,
        Integer motionDeadlineDays,
        Instant lastSuccessAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        String lastError,
        int meetings,
        int papers,
        int skipped,
        List<OrganizationDto> organizations) {

    public record OrganizationDto(String oparlId, String name) {}

    static SourceDto of(CouncilSource s, List<CouncilOrganization> organizations) {
        return new SourceDto(
                s.committeeId(),
                s.bodyUrl(),
                s.committeeOrganization(),
                s.councilOrganization(),
                s.motionDeadlineDays(),
                s.lastSuccessAt(),
                s.lastAttemptAt(),
                s.nextAttemptAt(),
                s.lastError(),
                s.meetingCount(),
                s.paperCount(),
                s.skippedCount(),
                organizations.stream()
                        .map(o -> new OrganizationDto(o.oparlId(), o.name()))
                        .toList());
    }
}
