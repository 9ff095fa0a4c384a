package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.project.domain.CommitteeProjects;
import org.committeeacademy.project.domain.ProjectRepository;

/**
 * The projects' figures per committee for the dashboard, no person in them (see {@link CommitteeProjects}). The
 * dashboard decides who may read them and for which organisation (no caller check here).
 */
@ApplicationScoped
@Transactional
public class ProjectFigures {

    /** A committee's figures with its name, as the dashboard shows them. */
    public record Line(String committee, String municipality, CommitteeProjects figures) {}

    @Inject
    ProjectRepository projects;

    @Inject
    CommitteeRepository committees;

    /** Of one organisation's projects, or of all (null). */
    public List<Line> perCommittee(Long organisationId) {
        return CommitteeProjects.of(projects.ofOrganisation(organisationId)).stream()
                .map(f -> committees
                        .find(f.committeeId())
                        .map(c -> new Line(c.name(), c.municipality(), f))
                        .orElseGet(() -> new Line("", "", f)))
                .sorted(Comparator.comparing(Line::committee))
                .toList();
    }
}
