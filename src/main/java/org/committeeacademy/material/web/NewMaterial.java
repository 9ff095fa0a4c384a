package org.committeeacademy.material.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.MaterialRequest;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.domain.Visibility;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The form on the material manager that adds a material to the cohort: a file (uploaded first, then saved with its
 * details) or a link.
 */
@Named
@ViewScoped
public class NewMaterial implements Serializable {

    @Inject
    MaterialManagerPage page;

    @Inject
    CohortMaterials materials;

    @Inject
    PageMessages messages;

    private String title;
    private String description;
    private String language;
    private String moduleKey;
    private Long sessionId;
    private Visibility visibility = Visibility.VISIBLE_FROM;
    private LocalDateTime visibleFrom;
    private String url;
    /** The file checked and stored on upload, waiting for the details form to make it a material. */
    private StoredFile pending;

    /** Checks and stores the uploaded file at once, so a refusal shows right away; the details form saves it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        pending = null;
        try (InputStream content = file.getInputStream()) {
            messages.result(
                            () -> materials.receive(page.getCohortId(), content, file.getFileName()),
                            Refusals.fieldsAbout("materialManager.refused", file.getFileName()))
                    .ifPresent(stored -> {
                        pending = stored;
                        messages.info("materialManager.uploaded", stored.fileName());
                    });
        } catch (IOException e) {
            messages.error(null, "materialManager.uploadFailed", file.getFileName());
        }
    }

    public void addFile() {
        if (pending == null) {
            messages.error("add:file", "material.file.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String name = pending.fileName();
        if (messages.attempt(
                () -> materials.addFile(page.getCohortId(), request(), pending),
                Refusals.fieldsAbout("materialManager.refused", name))) {
            pending = null;
            added(name);
        }
    }

    public void addLink() {
        String added = title;
        if (messages.attempt(() -> materials.addLink(page.getCohortId(), request(), url), Refusals.fieldsAt("add:"))) {
            added(added);
        }
    }

    private void added(String name) {
        clearForm();
        page.reload();
        messages.info("materialManager.added", name);
    }

    private MaterialRequest request() {
        Instant from = visibleFrom == null
                ? null
                : visibleFrom.atZone(AcademyTime.ZONE).toInstant();
        return new MaterialRequest(title, description, language, moduleKey, sessionId, visibility, from);
    }

    private void clearForm() {
        title = null;
        description = null;
        moduleKey = null;
        sessionId = null;
        visibility = Visibility.VISIBLE_FROM;
        visibleFrom = null;
        url = null;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String getPendingName() {
        return pending == null ? null : pending.fileName();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public LocalDateTime getVisibleFrom() {
        return visibleFrom;
    }

    public void setVisibleFrom(LocalDateTime visibleFrom) {
        this.visibleFrom = visibleFrom;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
