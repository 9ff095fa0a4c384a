package org.committeeacademy.worksheet.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;
import org.committeeacademy.worksheet.domain.Answers;
import org.committeeacademy.worksheet.domain.MotionDraft;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetTemplate;
import org.committeeacademy.worksheet.rest.WorksheetJson;

/** A member fills in one worksheet (the form itself is drawn and autosaved by worksheet.js) and submits it. */
@Named
@ViewScoped
public class MemberWorksheetPage implements Serializable {

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
    private String answers;
    private List<String> missing = List.of();

    /** The version the script last saw (it writes it beside the answers): a submit over a later save is refused. */
    private Long version;

    /** What was typed when a submit was refused: the form shows it again instead of the stored answers. */
    private String refusedAnswers;

    /** Someone else's or an unknown worksheet answers 404, whoever asks. */
    public void load() throws IOException {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.strip());
            worksheet = worksheets.worksheet(id, language.current());
            if (worksheet.memberId() != currentUser.require().id()) {
                throw new NotFoundException("worksheet " + id);
            }
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * Saves what the script last had (it writes the answers into the hidden field) and submits. Required fields left
     * empty are named in one message at the top, and the script focuses the first of them ({@link #getMissing}).
     */
    public void submit() {
        missing = List.of();
        Refusals refusals = Refusals.onPage().as(JsonException.class, "worksheet.answers.required");
        WorksheetView[] submitted = new WorksheetView[1];
        messages.attempt(
                () -> {
                    try {
                        submitted[0] = worksheets.submit(id, lastAnswers(), language.current(), version);
                    } catch (ValidationException e) {
                        missing = e.violations().stream()
                                .filter(v -> v.messageKey().equals(Worksheet.REQUIRED))
                                .map(ValidationException.Violation::field)
                                .toList();
                        if (missing.isEmpty()) {
                            throw e;
                        }
                    }
                },
                refusals);
        if (submitted[0] != null) {
            worksheet = submitted[0];
            refusedAnswers = null;
            messages.info("worksheet.submitted");
            return;
        }
        refusedAnswers = answers;
        if (!missing.isEmpty()) {
            worksheet = null;
            WorksheetTemplate template = getWorksheet().template();
            String labels = missing.stream()
                    .map(key -> template.field(key)
                            .map(WorksheetTemplate.Field::label)
                            .orElse(key))
                    .collect(Collectors.joining(", "));
            messages.error(null, "worksheet.submit.missing", labels);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The keys of the required fields the last submission found empty, comma-separated, for the script. */
    public String getMissing() {
        return String.join(",", missing);
    }

    private JsonObject lastAnswers() {
        return answers == null || answers.isBlank()
                ? null
                : Jsons.createReader(new StringReader(answers)).readObject();
    }

    public WorksheetView getWorksheet() {
        if (worksheet == null && id > 0) {
            worksheet = worksheets.worksheet(id, language.current());
        }
        return worksheet;
    }

    public String getJson() {
        JsonObject json = WorksheetJson.of(getWorksheet());
        if (refusedAnswers == null || refusedAnswers.isBlank() || version == null) {
            return json.toString();
        }
        try {
            JsonObject typed =
                    Jsons.createReader(new StringReader(refusedAnswers)).readObject();
            return Jsons.createObjectBuilder(json)
                    .add("answers", typed)
                    .add("version", version)
                    .build()
                    .toString();
        } catch (JsonException e) {
            return json.toString();
        }
    }

    public boolean isMotionPossible() {
        WorksheetView w = getWorksheet();
        return MotionDraft.isPossible(Answers.stored(w.answers().toString()), w.template());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }
}
