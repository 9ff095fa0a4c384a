package org.committeeacademy.goal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.council.application.PaperView;
import org.committeeacademy.goal.application.GoalView;
import org.committeeacademy.goal.application.MyGoals;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "My goals": the goals from submitted worksheets, check-ins after the course and sharing (the committee is chosen in
 * the committee feature's fragment on the same page).
 */
@Named
@ViewScoped
public class MyGoalsPage implements Serializable {

    /** What is typed into one goal's check-in form. */
    public static class CheckInForm implements Serializable {
        private Integer checkpoint;
        private Integer attainment;
        private String note;

        public Integer getCheckpoint() {
            return checkpoint;
        }

        public void setCheckpoint(Integer checkpoint) {
            this.checkpoint = checkpoint;
        }

        public Integer getAttainment() {
            return attainment;
        }

        public void setAttainment(Integer attainment) {
            this.attainment = attainment;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static final List<Integer> SCALE = List.of(2, 1, 0, -1, -2);

    @Inject
    MyGoals goals;

    @Inject
    PageMessages messages;

    private transient List<GoalView> list;
    private final Map<Long, CheckInForm> forms = new HashMap<>();
    private final Map<Long, String> paperQueries = new HashMap<>();
    private final Map<Long, List<PaperView>> paperResults = new HashMap<>();

    /** Searches the imported papers of one's committee for the goal's search field. */
    public void searchPapers(GoalView goal) {
        String query = paperQueries.get(goal.id());
        if (query == null || query.strip().length() < 2) {
            messages.error(null, "goals.paper.queryTooShort");
            return;
        }
        List<PaperView> found = goals.searchPapers(query);
        paperResults.put(goal.id(), found);
        if (found.isEmpty()) {
            messages.info("goals.paper.none");
        }
    }

    /** Links the goal to a paper, or unlinks it (paper null). */
    public void linkPaper(GoalView goal, PaperView paper) {
        act(
                () -> goals.linkPaper(goal.id(), paper == null ? null : paper.oparlId(), goal.version()),
                paper == null ? "goals.paper.unlinked" : "goals.paper.linked");
        paperResults.remove(goal.id());
        paperQueries.remove(goal.id());
    }

    public Map<Long, String> getPaperQueries() {
        return paperQueries;
    }

    public List<PaperView> papersFound(long goalId) {
        return paperResults.getOrDefault(goalId, List.of());
    }

    public void share(GoalView goal) {
        act(
                () -> goals.share(goal.id(), !goal.shared(), goal.version()),
                goal.shared() ? "goals.unshared" : "goals.shared");
    }

    public void checkIn(GoalView goal) {
        CheckInForm form = form(goal.id());
        if (form.getCheckpoint() == null || form.getAttainment() == null) {
            messages.error(null, "goals.checkIn.incomplete");
            return;
        }
        act(
                () -> goals.checkIn(goal.id(), form.getCheckpoint(), form.getAttainment(), form.getNote()),
                "goals.checkIn.saved");
        forms.remove(goal.id());
    }

    private void act(Runnable action, String doneKey) {
        if (messages.attempt(action, Refusals.onPage().gone("goals.gone").denied("goals.gone"))) {
            list = null;
            messages.info(doneKey);
        }
    }

    public CheckInForm form(long goalId) {
        return forms.computeIfAbsent(goalId, id -> new CheckInForm());
    }

    public List<GoalView> getList() {
        if (list == null) {
            list = goals.list();
        }
        return list;
    }

    public List<Integer> getScale() {
        return SCALE;
    }
}
