package org.committeeacademy.worksheet.domain;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A draft motion to the council or a committee, from module 2's worksheet: the motion fields where the member filled
 * them in, otherwise made from the first goal (resolution) and the problem and instrument reasoning (reasoning).
 *
 * @param addressee the body it goes to; empty when the member has not named one
 * @param resolution what the body is asked to resolve, without the fixed opening ("The committee is asked to …")
 */
public record MotionDraft(String addressee, String subject, String resolution, String reasoning) {

    /** Whether the worksheet has anything to make a motion of (a goal or the motion fields). */
    public static boolean isPossible(Answers answers, WorksheetTemplate template) {
        MotionDraft draft = from(answers, template);
        return !draft.subject().isBlank() || !draft.resolution().isBlank();
    }

    public static MotionDraft from(Answers answers, WorksheetTemplate template) {
        return from(answers, template, UnaryOperator.identity());
    }

    /** @param day writes a goal's deadline (an ISO day as typed in the date field) as the reader writes days */
    public static MotionDraft from(Answers answers, WorksheetTemplate template, UnaryOperator<String> day) {
        List<GoalAnswer> goals = answers.goals(template);
        GoalAnswer first = goals.isEmpty() ? null : goals.get(0);
        String subject = firstFilled(answers.text("motion-subject"), first == null ? "" : first.what());
        String resolution = firstFilled(
                answers.text("motion-resolution"),
                goals.stream().map(g -> resolutionOf(g, day)).collect(Collectors.joining("\n")));
        String reasoning = firstFilled(
                answers.text("motion-reasoning"),
                Stream.of(answers.text("problem-statement"), answers.text("gap"), answers.text("instrument-reasoning"))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.joining("\n\n")));
        return new MotionDraft(
                answers.text("motion-body").strip(), subject.strip(), resolution.strip(), reasoning.strip());
    }

    /** "what (indicator: baseline → target, by deadline)", leaving out what the member left empty. */
    private static String resolutionOf(GoalAnswer goal, UnaryOperator<String> day) {
        StringBuilder line = new StringBuilder(goal.what().strip());
        String measure = Stream.of(
                        goal.indicator().isBlank() ? "" : goal.indicator().strip() + ":",
                        goal.baseline().isBlank() ? "" : goal.baseline().strip(),
                        goal.target().isBlank() ? "" : "→ " + goal.target().strip(),
                        goal.deadline().isBlank()
                                ? ""
                                : "(" + day.apply(goal.deadline().strip()) + ")")
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
        if (!measure.isBlank()) {
            line.append(" – ").append(measure);
        }
        return line.toString();
    }

    private static String firstFilled(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
