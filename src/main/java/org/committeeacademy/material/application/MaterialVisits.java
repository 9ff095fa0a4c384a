package org.committeeacademy.material.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.material.persistence.JpaMaterialVisits;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * The caller's last visit of a cohort's materials page, and the session dates the page groups by. Callers check
 * access through {@link CohortMaterials#list(long)} first.
 */
@ApplicationScoped
@Transactional
public class MaterialVisits {

    @Inject
    JpaMaterialVisits visits;

    @Inject
    CurrentUser currentUser;

    @Inject
    CohortRepository cohorts;

    Clock clock = Clock.systemUTC();

    public Optional<Instant> lastVisit(long cohortId) {
        return visits.lastVisit(currentUser.require().id(), cohortId);
    }

    /** Remembers now as the caller's last visit. */
    public void record(long cohortId) {
        visits.record(currentUser.require().id(), cohortId, clock.instant());
    }

    /** Session id to its start (venue local time), in the cohort's order. */
    public Map<Long, LocalDateTime> sessionStarts(long cohortId) {
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId)).sessions().stream()
                .sorted(java.util.Comparator.comparing(Session::start))
                .forEach(s -> starts.put(s.id(), s.start()));
        return starts;
    }
}
