package org.committeeacademy.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a project's wording is kept in its row: the texts of {@link ProjectDetails}, checked before they get here. */
@Embeddable
public class ProjectDescription {

    private String title;
    private String place;
    private String problem;
    private String affected;

    @Column(name = "taking_part")
    private String takingPart;

    @Column(name = "project_roles")
    private String roles;

    @Column(name = "first_steps")
    private String firstSteps;

    private String success;

    protected ProjectDescription() {}

    ProjectDescription(ProjectDetails details) {
        ProjectDetails d = details.checked();
        title = d.title();
        place = d.place();
        problem = d.problem();
        affected = d.affected();
        takingPart = d.takingPart();
        roles = d.roles();
        firstSteps = d.firstSteps();
        success = d.success();
    }

    ProjectDetails details() {
        return new ProjectDetails(title, place, problem, affected, takingPart, roles, firstSteps, success);
    }
}
