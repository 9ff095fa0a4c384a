package org.committeeacademy.project.rest;

import org.committeeacademy.project.domain.ProjectDetails;

/**
 * A project's wording; on creation also the canvas it comes from ({@code worksheetId}) and, for a trainer without a
 * canvas, the committee.
 */
public record ProjectInput(
        String title,
        String place,
        String problem,
        String affected,
        String takingPart,
        String roles,
        String firstSteps,
        String success,
        Long worksheetId,
        Long committeeId) {

    ProjectDetails details() {
        return new ProjectDetails(title, place, problem, affected, takingPart, roles, firstSteps, success);
    }
}
