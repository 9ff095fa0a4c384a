package org.committeeacademy.survey.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.survey.application.SurveyPhase;

/**
 * One survey of one cohort: before the first session, after one module, or at the 6-month check-in. Its id names
 * the cohort and phase only ("12.baseline", "12.module.strategic-goals", "12.follow-up"), never a person.
 */
public record Round(long cohortId, SurveyPhase phase, String moduleKey) {

    private static final Pattern ID = Pattern.compile("(\\d{1,18})\\.(baseline|follow-up|module\\.([a-z0-9-]{1,100}))");

    public Round {
        Objects.requireNonNull(phase, "phase");
        if ((phase == SurveyPhase.AFTER_MODULE) != (moduleKey != null)) {
            throw new IllegalArgumentException("a module key belongs to the after-module phase only");
        }
    }

    public static Round baseline(long cohortId) {
        return new Round(cohortId, SurveyPhase.BASELINE, null);
    }

    public static Round afterModule(long cohortId, String moduleKey) {
        return new Round(cohortId, SurveyPhase.AFTER_MODULE, moduleKey);
    }

    public static Round followUp(long cohortId) {
        return new Round(cohortId, SurveyPhase.FOLLOW_UP, null);
    }

    public static Optional<Round> parse(String id) {
        Matcher m = ID.matcher(id == null ? "" : id.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long cohortId = Long.parseLong(m.group(1));
        return Optional.of(
                switch (m.group(2)) {
                    case "baseline" -> baseline(cohortId);
                    case "follow-up" -> followUp(cohortId);
                    default -> afterModule(cohortId, m.group(3));
                });
    }

    public String id() {
        return cohortId + "."
                + switch (phase) {
                    case BASELINE -> "baseline";
                    case AFTER_MODULE -> "module." + moduleKey;
                    case FOLLOW_UP -> "follow-up";
                };
    }

    /** The round within its cohort, as recorded with a participation: BASELINE, AFTER_MODULE:key, FOLLOW_UP. */
    public String key() {
        return phase == SurveyPhase.AFTER_MODULE ? "AFTER_MODULE:" + moduleKey : phase.name();
    }
}
