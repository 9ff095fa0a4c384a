package org.committeeacademy.project.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The local projects. */
public interface ProjectRepository {

    Optional<Project> find(long id);

    /**
     * The candidates a viewer might see: of the committee, with the account among the participants, of the cohorts,
     * or of the organisation (all organisations when {@code everyOrganisation}); the aggregate decides the rest.
     */
    List<Project> candidates(
            long accountId, Long committeeId, Collection<Long> cohorts, Long organisationId, boolean everyOrganisation);

    /** The projects of one organisation, or of every organisation (null), for the figures. */
    List<Project> ofOrganisation(Long organisationId);

    /** Projects that started running by the day (their check-ins may be due). */
    List<Project> startedBy(LocalDate day);

    void add(Project project);
}
