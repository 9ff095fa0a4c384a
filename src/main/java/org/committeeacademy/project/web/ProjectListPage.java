package org.committeeacademy.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.project.application.ProjectView;
import org.committeeacademy.project.application.Projects;

/** "Our projects": the projects the caller sees, and where to start a new one (from a canvas or from scratch). */
@Named
@ViewScoped
public class ProjectListPage implements Serializable {

    @Inject
    Projects projects;

    @Inject
    CurrentUser currentUser;

    private transient List<ProjectView> list;
    private transient List<Projects.Canvas> canvases;

    public List<ProjectView> getList() {
        if (list == null) {
            list = projects.list();
        }
        return list;
    }

    public List<Projects.Canvas> getCanvases() {
        if (canvases == null) {
            canvases = mayStart() ? projects.myCanvases() : List.of();
        }
        return canvases;
    }

    /** Members and trainers start projects; staff look after them. */
    public boolean mayStart() {
        return currentUser.hasRole(Role.MEMBER) || currentUser.hasRole(Role.TRAINER);
    }

    public boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }
}
