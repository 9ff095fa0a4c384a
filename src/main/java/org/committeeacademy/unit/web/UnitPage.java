package org.committeeacademy.unit.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.curriculum.application.UnitOutline;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.MarkdownHtml;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.unit.application.UnitDesk;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitQuestionRef;

/**
 * A member reads one unit and answers its questions; every answer is saved as soon as it changes (Ajax), so a phone
 * that loses its connection or a closed tab loses at most the answer being typed.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {

    @Inject
    UnitDesk desk;

    @Inject
    LanguagePreference language;

    @Inject
    PageMessages messages;

    private String cohortParam;
    private String moduleParam;
    private String unitParam;
    private long cohortId;
    private transient UnitDesk.UnitWork work;
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, String[]> multiple = new HashMap<>();
    private final Map<String, String> reflection = new HashMap<>();
    private final Map<String, Boolean> shared = new HashMap<>();
    private String savedAt = "";

    /** A unit of a course the member holds no seat in, or an unknown one, answers 404. */
    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            read();
            work.answers().forEach((key, answer) -> {
                single.put(
                        key, answer.chosen().isEmpty() ? null : answer.chosen().get(0));
                multiple.put(key, answer.chosen().toArray(String[]::new));
                reflection.put(key, answer.text());
                shared.put(key, answer.isShared());
            });
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void read() {
        work = desk.open(cohortId, moduleParam, unitParam, language.current());
    }

    /**
     * One input changed (its {@code question} and {@code kind} attributes say which and what). Faces runs an Ajax
     * listener of an input before the model is updated, so the value comes from the input itself.
     */
    public void saveAnswer(AjaxBehaviorEvent event) {
        UIInput input = (UIInput) event.getComponent();
        String questionKey = String.valueOf(input.getAttributes().get("question"));
        Object value = input.getValue();
        UnitQuestionRef ref = ref(questionKey);
        switch (String.valueOf(input.getAttributes().get("kind"))) {
            case "single" ->
                save(() -> desk.choose(cohortId, ref, value == null ? List.of() : List.of(value.toString())));
            case "multiple" -> save(() -> desk.choose(cohortId, ref, keys(value)));
            case "reflection" -> save(() -> desk.reflect(cohortId, ref, value == null ? "" : value.toString()));
            default -> save(() -> desk.share(cohortId, ref, Boolean.TRUE.equals(value)));
        }
    }

    private void save(Runnable action) {
        if (messages.attempt(action, Refusals.onPage())) {
            read();
            savedAt = LocalTime.now(AcademyTime.ZONE).format(DateTimeFormatter.ofPattern("HH:mm"));
        }
    }

    private static List<String> keys(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private UnitQuestionRef ref(String questionKey) {
        return new UnitQuestionRef(moduleParam, unitParam, questionKey);
    }

    /** A page's Markdown as HTML (raw HTML in the Markdown is escaped). */
    public String html(String markdown) {
        return MarkdownHtml.render(markdown);
    }

    /** "right", "wrong", or "" while a choice is unanswered. */
    public String feedback(String questionKey) {
        UnitAnswer answer = getWork().answers().get(questionKey);
        UnitOutline.Question question = getWork().unit().question(questionKey);
        if (answer == null || !answer.isAnswered() || question == null || question.reflection()) {
            return "";
        }
        Set<String> correct = question.options().stream()
                .filter(UnitOutline.Option::correct)
                .map(UnitOutline.Option::key)
                .collect(Collectors.toSet());
        return Set.copyOf(answer.chosen()).equals(correct) ? "right" : "wrong";
    }

    /** The correct options' texts, joined for the feedback. */
    public String correctOptions(String questionKey) {
        return getWork().unit().question(questionKey).options().stream()
                .filter(UnitOutline.Option::correct)
                .map(UnitOutline.Option::text)
                .collect(Collectors.joining("; "));
    }

    public UnitDesk.UnitWork getWork() {
        if (work == null && cohortId > 0) {
            read();
        }
        return work;
    }

    public long getCohortId() {
        return cohortId;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, String[]> getMultiple() {
        return multiple;
    }

    public Map<String, String> getReflection() {
        return reflection;
    }

    public Map<String, Boolean> getShared() {
        return shared;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }

    public String getModuleParam() {
        return moduleParam;
    }

    public void setModuleParam(String moduleParam) {
        this.moduleParam = moduleParam;
    }

    public String getUnitParam() {
        return unitParam;
    }

    public void setUnitParam(String unitParam) {
        this.unitParam = unitParam;
    }
}
