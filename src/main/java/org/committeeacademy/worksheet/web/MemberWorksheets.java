package org.committeeacademy.worksheet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.worksheet.application.WorksheetLink;
import org.committeeacademy.worksheet.application.Worksheets;

/** The member's worksheets per course, for the links on "My courses" (loaded once per request). */
@Named
@RequestScoped
public class MemberWorksheets {

    @Inject
    Worksheets worksheets;

    @Inject
    LanguagePreference language;

    private List<WorksheetLink> mine;

    public List<WorksheetLink> of(long cohortId) {
        if (mine == null) {
            mine = worksheets.linksOfMine(language.current());
        }
        return mine.stream().filter(w -> w.cohortId() == cohortId).toList();
    }
}
