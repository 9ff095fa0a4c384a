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
import java.util.List;
import java.util.Map;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.MaterialRequest;
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.material.application.MaterialVisits;
import org.committeeacademy.material.domain.MaterialKind;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.domain.Visibility;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.venue.domain.Venue;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Trainers and staff manage a cohort's materials: add a file (uploaded first, then saved with its details) or a link,
 * replace a file by a new version, delete. CohortMaterials answers 404 to anyone else.
 */
@Named
@ViewScoped
public class MaterialManagerPage implements Serializable {

    @Inject
    CohortMaterials materials;

    @Inject
    MaterialVisits visits;

    @Inject
    PageMessages messages;

    private String cohortParam;
    private long cohortId;
    private transient List<MaterialView> list;
    private transient Map<Long, LocalDateTime> sessionStarts;

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

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            reload();
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        if (!materials.mayManage(cohortId)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        list = materials.list(cohortId);
        sessionStarts = visits.sessionStarts(cohortId);
    }

    /** Checks and stores the uploaded file at once, so a refusal shows right away; the details form saves it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        pending = null;
        try (InputStream content = file.getInputStream()) {
            pending = materials.receive(cohortId, content, file.getFileName());
            messages.info("materialManager.uploaded", pending.fileName());
        } catch (ValidationException e) {
            refused(e, file.getFileName());
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
        try {
            materials.addFile(cohortId, request(), pending);
            pending = null;
            clearForm();
            reload();
            messages.info("materialManager.added", name);
        } catch (ValidationException e) {
            refused(e, name);
        }
    }

    public void addLink() {
        try {
            materials.addLink(cohortId, request(), url);
            String added = title;
            clearForm();
            reload();
            messages.info("materialManager.added", added);
        } catch (ValidationException e) {
            messages.errors(e, "add:");
        }
    }

    /** A new version for a file material, uploaded from its row. */
    public void replace(FileUploadEvent event) {
        Long id = (Long) event.getComponent().getAttributes().get("materialId");
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            materials.replaceFile(id, content, file.getFileName());
            reload();
            messages.info("materialManager.replaced", file.getFileName());
        } catch (ValidationException e) {
            refused(e, file.getFileName());
        } catch (NotFoundException e) {
            reload();
            messages.error(null, "materialManager.gone");
        } catch (IOException e) {
            messages.error(null, "materialManager.uploadFailed", file.getFileName());
        }
    }

    public void delete(MaterialView material) {
        try {
            materials.delete(material.id());
            messages.info("materialManager.deleted", material.title());
        } catch (NotFoundException e) {
            messages.error(null, "materialManager.gone");
        }
        reload();
    }

    private void refused(ValidationException e, String fileName) {
        e.violations()
                .forEach(v -> messages.error(null, "materialManager.refused", fileName, messages.text(v.messageKey())));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private MaterialRequest request() {
        Instant from =
                visibleFrom == null ? null : visibleFrom.atZone(Venue.TIME_ZONE).toInstant();
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

    private List<MaterialView> list() {
        if (list == null) {
            reload();
        }
        return list;
    }

    public List<MaterialView> getModules() {
        return list().stream().filter(m -> m.kind() == MaterialKind.MODULE).toList();
    }

    public List<MaterialView> getOwn() {
        return list().stream().filter(m -> m.kind().isCohorts()).toList();
    }

    public String moduleTitle(String key) {
        return getModules().stream()
                .filter(m -> m.moduleKey().equals(key))
                .map(MaterialView::title)
                .findFirst()
                .orElse(key);
    }

    public List<Long> getSessionIds() {
        list();
        return List.copyOf(sessionStarts.keySet());
    }

    public LocalDateTime sessionStart(Long id) {
        list();
        return id == null ? null : sessionStarts.get(id);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Venue.TIME_ZONE);
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public long getSizeLimit() {
        return AcademySettings.current().uploadMaxBytes();
    }

    public String getSizeLimitText() {
        return messages.text(
                "materialManager.sizeLimit", AcademySettings.current().uploadMaxBytes() / (1024 * 1024));
    }

    public String getPendingName() {
        return pending == null ? null : pending.fileName();
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
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
