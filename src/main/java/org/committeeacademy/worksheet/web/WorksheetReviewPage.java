package org.committeeacademy.worksheet.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;
import org.committeeacademy.worksheet.domain.ReviewDecision;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.rest.WorksheetJson;

/** A trainer of the cohort reads a submitted worksheet, comments per section and accepts it or asks for revision. */
@Named
@ViewScoped
public class WorksheetReviewPage implements Serializable {

    /** The comment typed for one section (or the whole worksheet). */
    public static class SectionComment implements Serializable {
        private final String key;
        private final String title;
        private String text;

        SectionComment(String key, String title, String text) {
            this.key = key;
            this.title = title;
            this.text = text;
        }

        public String getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @Inject
    Worksheets worksheets;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    private String idParam;
    private long id;
    private transient WorksheetView worksheet;
    private final List<SectionComment> comments = new ArrayList<>();

    /** Only the cohort's trainers see the content here; staff and everyone else get 404. */
    public void load() throws IOException {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
            worksheet = worksheets.worksheet(id, language.current());
            if (!worksheet.contentVisible()
                    || worksheet.memberId() == currentUser.require().id()) {
                throw new NotFoundException("worksheet " + id);
            }
            comments.clear();
            comments.add(new SectionComment(Worksheet.GENERAL_COMMENT, messages.text("review.generalComment"), null));
            worksheet.template().sections().forEach(s -> comments.add(new SectionComment(s.key(), s.title(), null)));
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void accept() {
        decide(ReviewDecision.ACCEPTED);
    }

    public void askForRevision() {
        decide(ReviewDecision.REVISE);
    }

    private void decide(ReviewDecision decision) {
        Map<String, String> typed = new LinkedHashMap<>();
        comments.forEach(c -> typed.put(c.getKey(), c.getText()));
        Refusals refusals = Refusals.onPage().gone("review.notAllowed").denied("review.notAllowed");
        messages.result(() -> worksheets.review(id, decision, typed, language.current()), refusals)
                .ifPresent(reviewed -> {
                    worksheet = reviewed;
                    messages.info("review.done." + decision);
                    comments.forEach(c -> c.setText(null));
                });
    }

    public WorksheetView getWorksheet() {
        if (worksheet == null && id > 0) {
            worksheet = worksheets.worksheet(id, language.current());
        }
        return worksheet;
    }

    public String getJson() {
        return WorksheetJson.of(getWorksheet()).toString();
    }

    public List<SectionComment> getComments() {
        return comments;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
