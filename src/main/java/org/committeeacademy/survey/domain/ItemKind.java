package org.committeeacademy.survey.domain;

/** Satisfaction with a module and the outcome items are answered on the 1–5 scale; a free-text question in words. */
public enum ItemKind {
    SATISFACTION,
    OUTCOME,
    FREE_TEXT;

    public boolean isScale() {
        return this != FREE_TEXT;
    }
}
