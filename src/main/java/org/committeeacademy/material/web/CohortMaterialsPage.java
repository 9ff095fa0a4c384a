package org.committeeacademy.material.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.material.application.MaterialVisits;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;

/** A member's view of one cohort's materials, grouped by module and session, with what is new since the last visit. */
@Named
@ViewScoped
public class CohortMaterialsPage implements Serializable {

    @Inject
    LanguagePreference interfaceLanguage;

    @Inject
    CohortMaterials materials;

    @Inject
    MaterialVisits visits;

    private String cohortParam;
    private long cohortId;
    // shown once, right after load(); a later render of a restored view shows the empty state
    private transient List<MaterialGroups.Group> groups = List.of();
    private transient Map<Long, LocalDateTime> sessionStarts = Map.of();
    private long newCount;

    /** Computes the marks against the previous visit, then records this one; a bad or foreign id answers 404. */
    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            List<MaterialView> list = materials.list(cohortId, interfaceLanguage.current());
            sessionStarts = visits.sessionStarts(cohortId);
            Instant last = visits.lastVisit(cohortId).orElse(null);
            groups = MaterialGroups.of(list, new ArrayList<>(sessionStarts.keySet()), last);
            newCount = MaterialGroups.countNew(groups);
            visits.record(cohortId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public LocalDateTime sessionStart(Long sessionId) {
        return sessionStarts == null ? null : sessionStarts.get(sessionId);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, AcademyTime.ZONE);
    }

    public boolean isNothingToShow() {
        return groups == null || groups.stream().allMatch(g -> g.items().isEmpty());
    }

    public List<MaterialGroups.Group> getGroups() {
        return groups;
    }

    public long getNewCount() {
        return newCount;
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
