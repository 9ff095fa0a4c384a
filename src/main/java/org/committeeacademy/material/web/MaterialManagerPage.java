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
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.material.application.MaterialVisits;
import org.committeeacademy.material.domain.MaterialKind;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Trainers and staff manage a cohort's materials: replace a file by a new version, delete; adding one is
 * {@link NewMaterial}. CohortMaterials answers 404 to anyone else.
 */
@Named
@ViewScoped
public class MaterialManagerPage implements Serializable {

    @Inject
    LanguagePreference interfaceLanguage;

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

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            reload();
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    void reload() {
        if (!materials.mayManage(cohortId)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        list = materials.list(cohortId, interfaceLanguage.current());
        sessionStarts = visits.sessionStarts(cohortId);
    }

    /** A new version for a file material, uploaded from its row. */
    public void replace(FileUploadEvent event) {
        Long id = (Long) event.getComponent().getAttributes().get("materialId");
        UploadedFile file = event.getFile();
        Refusals refusals = Refusals.fieldsAbout("materialManager.refused", file.getFileName())
                .gone("materialManager.gone");
        try (InputStream content = file.getInputStream()) {
            if (messages.attempt(() -> materials.replaceFile(id, content, file.getFileName()), refusals)) {
                messages.info("materialManager.replaced", file.getFileName());
            }
            if (!FacesContext.getCurrentInstance().isValidationFailed()) {
                reload();
            }
        } catch (IOException e) {
            messages.error(null, "materialManager.uploadFailed", file.getFileName());
        }
    }

    public void delete(MaterialView material) {
        if (messages.attempt(
                () -> materials.delete(material.id()), Refusals.onPage().gone("materialManager.gone"))) {
            messages.info("materialManager.deleted", material.title());
        }
        reload();
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
        return instant == null ? null : LocalDateTime.ofInstant(instant, AcademyTime.ZONE);
    }

    public long getSizeLimit() {
        return AcademySettings.current().uploadMaxBytes();
    }

    public String getSizeLimitText() {
        return messages.text(
                "materialManager.sizeLimit", AcademySettings.current().uploadMaxBytes() / (1024 * 1024));
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
}
