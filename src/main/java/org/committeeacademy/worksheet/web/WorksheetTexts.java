package org.committeeacademy.worksheet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.worksheet.domain.GoalAnswer;

/** The texts the worksheet scripts show (save state, buttons, goal parts) as JSON, and times for the pages. */
@Named
@RequestScoped
public class WorksheetTexts {

    private static final List<String> SCRIPT_KEYS = List.of(
            "unsaved",
            "saving",
            "savedAt",
            "readOnly",
            "reload",
            "loggedOut",
            "invalid",
            "failed",
            "restored",
            "remove",
            "addItem",
            "addRow",
            "addGoal",
            "goal",
            "row",
            "compareNeedsTwo",
            "version",
            "compareFrom",
            "compareTo",
            "compareField",
            "changed");

    @Inject
    PageMessages messages;

    /** An instant as the venue's local time, for the date converters of the pages. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, AcademyTime.ZONE);
    }

    public String getJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        SCRIPT_KEYS.forEach(key -> json.add(key, messages.text("worksheet.js." + key)));
        GoalAnswer.PARTS.forEach(part -> json.add("goal." + part, messages.text("worksheet.goal." + part)));
        json.add("comment", messages.text("worksheet.comment"));
        return json.build().toString();
    }
}
