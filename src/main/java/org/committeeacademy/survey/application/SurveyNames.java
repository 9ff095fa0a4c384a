package org.committeeacademy.survey.application;

import org.committeeacademy.shared.domain.LocalizedText;

/** How a survey is named in mails, in both languages. */
final class SurveyNames {

    private SurveyNames() {}

    static LocalizedText of(SurveyPhase phase, LocalizedText moduleTitle) {
        return switch (phase) {
            case BASELINE -> new LocalizedText("vor dem Kursbeginn", "before the course starts");
            case FOLLOW_UP -> new LocalizedText("sechs Monate nach dem Kurs", "six months after the course");
            case AFTER_MODULE ->
                new LocalizedText(
                        "nach dem Modul „" + moduleTitle.de() + "“", "after the module “" + moduleTitle.en() + "”");
        };
    }
}
