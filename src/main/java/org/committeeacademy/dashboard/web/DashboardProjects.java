package org.committeeacademy.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.dashboard.application.Dashboard;
import org.committeeacademy.project.application.ProjectFigures;

/** The dashboard's table of local projects per committee, for the organisation the page's filter names. */
@Named
@RequestScoped
public class DashboardProjects {

    @Inject
    Dashboard dashboard;

    @Inject
    DashboardPage page;

    private List<ProjectFigures.Line> lines;

    public List<ProjectFigures.Line> getLines() {
        if (lines == null) {
            lines = dashboard.projects(page.getOrganisationId());
        }
        return lines;
    }
}
