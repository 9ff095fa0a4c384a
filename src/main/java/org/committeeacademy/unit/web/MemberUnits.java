package org.committeeacademy.unit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.unit.application.UnitDesk;
import org.committeeacademy.unit.application.UnitItem;

/** The member's units per course, for "My courses" (each course read once per request). */
@Named
@RequestScoped
public class MemberUnits {

    @Inject
    UnitDesk desk;

    @Inject
    LanguagePreference language;

    private final Map<Long, List<UnitItem>> read = new HashMap<>();

    public List<UnitItem> of(long cohortId) {
        return read.computeIfAbsent(cohortId, id -> desk.mine(id, language.current()));
    }
}
