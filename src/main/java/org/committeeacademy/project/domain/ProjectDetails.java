package org.committeeacademy.project.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.committeeacademy.worksheet.domain.Answers;

/**
 * What a project is about, in the words of the project canvas: title, place, problem, who is affected, who takes part,
 * the roles, the first three steps and what success looks and feels like. Title, place and problem are required.
 */
public record ProjectDetails(
        String title,
        String place,
        String problem,
        String affected,
        String takingPart,
        String roles,
        String firstSteps,
        String success) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 2000;
    public static final int MAX_TEXT = 4000;

    public ProjectDetails {
        title = clean(title);
        place = clean(place);
        problem = clean(problem);
        affected = clean(affected);
        takingPart = clean(takingPart);
        roles = clean(roles);
        firstSteps = clean(firstSteps);
        success = clean(success);
    }

    /** Refuses missing or too long texts, every field at once, with the bundle keys the pages and the API show. */
    public ProjectDetails checked() {
        List<Violation> wrong = new ArrayList<>();
        required(wrong, "title", title, MAX_TITLE);
        required(wrong, "place", place, MAX_PLACE);
        required(wrong, "problem", problem, MAX_TEXT);
        limited(wrong, "affected", affected);
        limited(wrong, "takingPart", takingPart);
        limited(wrong, "roles", roles);
        limited(wrong, "firstSteps", firstSteps);
        limited(wrong, "success", success);
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        return this;
    }

    /**
     * The canvas of module 4's worksheet (fields place, problem, affected, participants, first-steps, success-looks,
     * success-feels) as a project's first wording; the member edits it before saving. The title starts as the place.
     */
    public static ProjectDetails fromCanvas(Answers canvas) {
        String place = canvas.text("place");
        List<String> takingPart = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (JsonObject row : objects(canvas.rows("participants"))) {
            String who = row.getString("who", "").strip();
            String background = row.getString("background", "").strip();
            String role = row.getString("project-role", "").strip();
            String contribution = row.getString("contribution", "").strip();
            if (!who.isEmpty()) {
                takingPart.add(join(who, background.isEmpty() ? "" : "(" + background + ")", contribution));
            }
            if (!role.isEmpty()) {
                roles.add(who.isEmpty() ? role : who + ": " + role);
            }
        }
        List<String> steps = new ArrayList<>();
        for (JsonObject row : objects(canvas.rows("first-steps"))) {
            String step = row.getString("step", "").strip();
            if (!step.isEmpty() && steps.size() < 3) {
                String who = row.getString("responsible", "").strip();
                String when = row.getString("by-when", "").strip();
                steps.add((steps.size() + 1) + ". " + join(step, who.isEmpty() ? "" : "– " + who, when));
            }
        }
        String success = lines(List.of(canvas.text("success-looks"), canvas.text("success-feels")));
        return new ProjectDetails(
                cut(place, MAX_TITLE),
                cut(place, MAX_PLACE),
                cut(canvas.text("problem"), MAX_TEXT),
                cut(canvas.text("affected"), MAX_TEXT),
                cut(lines(takingPart), MAX_TEXT),
                cut(lines(roles), MAX_TEXT),
                cut(lines(steps), MAX_TEXT),
                cut(success, MAX_TEXT));
    }

    private static List<JsonObject> objects(List<JsonValue> rows) {
        return rows.stream()
                .filter(r -> r.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String lines(List<String> texts) {
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static void required(List<Violation> wrong, String field, String value, int max) {
        if (value.isEmpty()) {
            wrong.add(new Violation(field, "validation.required"));
        } else if (value.length() > max) {
            wrong.add(new Violation(field, "project.text.tooLong"));
        }
    }

    private static void limited(List<Violation> wrong, String field, String value) {
        if (value.length() > MAX_TEXT) {
            wrong.add(new Violation(field, "project.text.tooLong"));
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String cut(String text, int max) {
        String clean = clean(text);
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
