package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonObject;
import java.util.List;

/** One strategic goal as the member wrote it in a field of type goals. */
public record GoalAnswer(
        String what,
        String indicator,
        String baseline,
        String target,
        String deadline,
        String responsible,
        String resources) {

    /** The parts of a goal, in the order the form and the PDF show them; also the JSON keys. */
    public static final List<String> PARTS =
            List.of("what", "indicator", "baseline", "target", "deadline", "responsible", "resources");

    static GoalAnswer of(JsonObject json) {
        return new GoalAnswer(
                json.getString("what", ""),
                json.getString("indicator", ""),
                json.getString("baseline", ""),
                json.getString("target", ""),
                json.getString("deadline", ""),
                json.getString("responsible", ""),
                json.getString("resources", ""));
    }

    public boolean isBlank() {
        return what.isBlank();
    }
}
