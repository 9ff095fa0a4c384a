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

/** A cohort's worksheets: its trainers open them for review; staff see who has submitted, never the content. */
@Named
@ViewScoped
public class TeamWorksheetsPage implements Serializable {

    @Inject
    Worksheets worksheets;

    @Inject
    LanguagePreference language;

    private String cohortParam;
    private transient List<WorksheetView> list = List.of();
    private String cohortTitle = "";

    public void load() throws IOException {
        try {
            long cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
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

    public List<WorksheetView> getList() {
        return list;
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
