package org.committeeacademy.worksheet.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.worksheet.domain.WorksheetStatus;
import org.committeeacademy.worksheet.domain.WorksheetTemplate;

/**
 * A worksheet as the caller may see it. Staff see only the status: then {@code template}, {@code answers},
 * {@code comments} and {@code versions} are empty and {@code contentVisible} is false.
 *
 * @param memberLanguage the member's language, in which the draft motion is written
 * @param writtenIn the language the member wrote the answers in (at the last save), null before the first save
 */
public record WorksheetView(
        long id,
        long cohortId,
        String cohortTitle,
        long memberId,
        String memberName,
        Language memberLanguage,
        String moduleKey,
        String templateKey,
        String title,
        WorksheetStatus status,
        Instant savedAt,
        boolean contentVisible,
        boolean mayEdit,
        boolean mayReview,
        WorksheetTemplate template,
        JsonObject answers,
        Map<String, String> comments,
        List<VersionLine> versions,
        Language writtenIn,
        long version) {

    /** One submitted version: when, and what the trainer decided. */
    public record VersionLine(
            int number,
            Instant submittedAt,
            String decision,
            String reviewer,
            Instant reviewedAt,
            JsonObject answers) {}

    public boolean isSubmitted() {
        return status == WorksheetStatus.SUBMITTED;
    }
}
