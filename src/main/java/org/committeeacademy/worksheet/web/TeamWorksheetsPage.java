package org.committeeacademy.worksheet.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;
import org.committeeacademy.worksheet.domain.WorksheetStatus;

/**
 * A cohort's worksheets: its trainers open them for review; staff see who has submitted, never the content. A status
 * filter shows the worksheets waiting for review first (24 rows of a large cohort otherwise hide the few that wait).
 */
@Named
@ViewScoped
public class TeamWorksheetsPage implements Serializable {

    static final String ALL = "ALL";
    private static final List<String> FILTER = List.of(
            WorksheetStatus.SUBMITTED.name(),
            WorksheetStatus.REVISE.name(),
            WorksheetStatus.ACCEPTED.name(),
            WorksheetStatus.DRAFT.name(),
            ALL);

    @Inject
    Worksheets worksheets;

    @Inject
    LanguagePreference language;

    private String cohortParam;
    private transient List<WorksheetView> list = List.of();
    private String cohortTitle = "";
    /** The status the list shows; by default the worksheets waiting for review. */
    private String status = WorksheetStatus.SUBMITTED.name();

    public void load() throws IOException {
        try {
            long cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            // ?status= (no f:viewParam: a filter, not an id) opens the list on another state, e.g. ALL
            String asked = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("status");
            if (asked != null) {
                setStatus(asked);
            }
            list = worksheets.ofCohort(cohortId, language.current());
            cohortTitle = worksheets.cohortTitle(cohortId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public long waitingForReview() {
        return list == null
                ? 0
                : list.stream().filter(WorksheetView::isSubmitted).count();
    }

    /** The worksheets of the chosen status ("ALL": every one). */
    public List<WorksheetView> getList() {
        return list == null || ALL.equals(status)
                ? list
                : list.stream().filter(w -> w.status().name().equals(status)).toList();
    }

    /** The filter's choices: waiting for review first, then the other states and all. */
    public List<String> getStatuses() {
        return FILTER;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = FILTER.contains(status) ? status : WorksheetStatus.SUBMITTED.name();
    }

    public String getCohortTitle() {
        return cohortTitle;
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }
}
