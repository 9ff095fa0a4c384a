package org.committeeacademy.worksheet.application;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.worksheet.application.WorksheetAccess.Viewer;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetStatus;
import org.committeeacademy.worksheet.domain.WorksheetTemplate;

/** Builds the caller's view of a worksheet: the content only for its member and the cohort's trainers. */
final class WorksheetViews {

    private WorksheetViews() {}

    static WorksheetView of(Worksheet w, Cohort cohort, Account member, Viewer as, Language language) {
        WorksheetTemplate template = w.template(language);
        boolean content = as != Viewer.STATUS_ONLY;
        List<WorksheetView.VersionLine> versions = !content
                ? List.of()
                : w.versions().stream()
                        .map(v -> new WorksheetView.VersionLine(
                                v.number(),
                                v.submittedAt(),
                                v.decision() == null ? null : v.decision().name(),
                                v.reviewerName(),
                                v.reviewedAt(),
                                v.answers().asJson()))
                        .toList();
        return new WorksheetView(
                w.id(),
                cohort.id(),
                cohort.title(),
                w.memberId(),
                member == null ? "" : member.name(),
                member == null ? Language.defaultLanguage() : member.language(),
                w.moduleKey(),
                w.templateKey(),
                template.title(),
                w.status(),
                w.savedAt(),
                content,
                as == Viewer.MEMBER && w.status().isEditable(),
                as == Viewer.TRAINER && w.status() == WorksheetStatus.SUBMITTED,
                content ? template : null,
                content ? w.answers().asJson() : JsonValue.EMPTY_JSON_OBJECT,
                content ? w.comments() : Map.of(),
                versions,
                w.writtenIn().orElse(null),
                w.lastChange().version());
    }
}
