package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.json.Jsons;

/**
 * What a list of worksheets shows of one: its course, its title and where it stands — read without the answers and
 * the submitted versions, which only the worksheet's own page needs.
 *
 * @param title the template's title as the worksheet keeps it: JSON, a text per language
 */
public record WorksheetHeading(long id, long cohortId, WorksheetStatus status, String title) {

    /** The length of the column that keeps the title (V59); a longer one is read from the template instead. */
    public static final int LONGEST = 4000;

    /** The title of a template as a worksheet keeps it beside the template; null when it does not fit. */
    public static String storedTitle(JsonObject template) {
        String title = titleOf(template);
        return title.length() > LONGEST ? null : title;
    }

    /** The title of a template kept as text, however long. */
    public static String titleOf(String template) {
        return titleOf(Jsons.createReader(new StringReader(template)).readObject());
    }

    private static String titleOf(JsonObject template) {
        return template.getOrDefault("title", JsonValue.NULL).toString();
    }

    /** The title in the language (the template's fallback where it has no text in it). */
    public String title(Language language) {
        JsonValue json = title == null
                ? JsonValue.NULL
                : Jsons.createReader(new StringReader(title)).readValue();
        JsonValue text = LocalizedJson.in(json, language);
        return text instanceof JsonString string ? string.getString() : "";
    }
}
