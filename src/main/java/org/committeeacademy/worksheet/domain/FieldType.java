package org.committeeacademy.worksheet.domain;

import java.util.Locale;

/** The field types of a worksheet template (modules/README.md), and the JSON shape of each answer. */
public enum FieldType {
    /** a string */
    TEXT,
    /** a string */
    LONGTEXT,
    /** an ISO date string (yyyy-mm-dd) */
    DATE,
    /** an array of strings */
    LIST,
    /** an array of objects, one string per column key */
    TABLE,
    /** an array of goals, one string per {@link GoalAnswer} part */
    GOALS;

    public static FieldType of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
