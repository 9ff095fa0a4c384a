package org.committeeacademy.project.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.committeeacademy.project.application.ProjectView;
import org.committeeacademy.project.application.ProjectWork;
import org.committeeacademy.project.application.Projects;
import org.committeeacademy.project.domain.ProjectDetails;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * A project's description: new (empty, or prefilled from a module-4 canvas given as {@code canvas}) or an existing
 * one ({@code id}) its coordinators correct.
 */
@Named
@ViewScoped
public class ProjectEditPage implements Serializable {

    @Inject
    Projects projects;

    @Inject
    ProjectWork work;

    @Inject
    PageMessages messages;

    private String idParam;
    private String canvasParam;
    private Long id;
    private Long canvas;
    private final ProjectForm form = new ProjectForm();

    public void load() throws IOException {
        try {
            if (idParam != null && !idParam.isBlank()) {
                id = Long.parseLong(idParam.strip());
                ProjectView project = projects.get(id);
                if (!project.mayCoordinate()) {
                    throw new NotFoundException("project " + id);
                }
                form.fill(project);
            } else if (canvasParam != null && !canvasParam.isBlank()) {
                canvas = Long.parseLong(canvasParam.strip());
                form.fill(projects.fromCanvas(canvas));
            }
        } catch (NotFoundException | AccessDeniedException | ValidationException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String save() {
        ProjectDetails details = form.details();
        Refusals refusals = Refusals.fieldsAt("project:").gone("project.gone").denied("project.gone");
        return messages.result(
                        () -> id == null ? projects.create(details, canvas, null) : work.describe(id, details),
                        refusals)
                .map(saved -> {
                    messages.info("project.saved");
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getFlash()
                            .setKeepMessages(true);
                    return "/project/project.xhtml?faces-redirect=true&id=" + saved.id();
                })
                .orElse(null);
    }

    public boolean isFromCanvas() {
        return canvas != null;
    }

    public boolean isNew() {
        return id == null;
    }

    public ProjectForm getForm() {
        return form;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getCanvasParam() {
        return canvasParam;
    }

    public void setCanvasParam(String canvasParam) {
        this.canvasParam = canvasParam;
    }
}
