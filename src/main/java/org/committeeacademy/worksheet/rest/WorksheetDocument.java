package org.committeeacademy.worksheet.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the JSON {@link WorksheetJson} writes, for the OpenAPI document only (the resources build the JSON
 * directly). Staff get only id, cohortId, memberId, moduleKey, templateKey and status. The reviewer's comments are
 * by section; versions are the submitted ones. (A {@code @Schema} on a list member would make Payara lose its items.)
 */
@Schema(name = "Worksheet", description = "A worksheet; staff see only its ids and status, not its answers")
public record WorksheetDocument(
        @Schema(example = "42") long id,
        long cohortId,
        long memberId,
        @Schema(example = "m3-project-canvas") String moduleKey,
        String templateKey,

        @Schema(enumeration = {"DRAFT", "SUBMITTED", "REVISE", "ACCEPTED"})
        String status,

        String title,
        String cohortTitle,
        String memberName,
        Boolean editable,

        @Schema(description = "sections with their fields: {sections: [{key, title, fields: [{key, label, type}]}]}")
        Map<String, Object> template,

        @Schema(description = "the answers by field key") Map<String, Object> answers,

        @Schema(description = "the language the answers were written in", example = "de")
        String writtenIn,

        Instant savedAt,

        List<Comment> comments,

        List<Version> versions) {

    /** A reviewer's comment on one section. */
    @Schema(name = "WorksheetComment")
    public record Comment(String section, String text) {}

    /** One submitted version with the review's decision, if any. */
    @Schema(name = "WorksheetVersion")
    public record Version(
            int number,
            Map<String, Object> answers,
            Instant submittedAt,
            @Schema(enumeration = {"ACCEPTED", "REVISE"}) String decision,
            String reviewer,
            Instant reviewedAt) {}
}
