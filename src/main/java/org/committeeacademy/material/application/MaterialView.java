package org.committeeacademy.material.application;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.material.domain.MaterialKind;
import org.committeeacademy.material.domain.Visibility;

/**
 * A material as the caller may see it. Module materials have no id: a MODULE entry links to the module's content, a
 * MODULE_FILE handout names its file in the module ({@code moduleFile}) and links to its text. The version history is
 * filled for trainers and staff only.
 */
public record MaterialView(
        Long id,
        long cohortId,
        MaterialKind kind,
        String title,
        String description,
        String language,
        String moduleKey,
        Long sessionId,
        Visibility visibility,
        Instant visibleFrom,
        boolean visibleToMembers,
        String url,
        VersionLine newest,
        Instant createdAt,
        List<VersionLine> versions,
        String moduleFile) {

    public record VersionLine(
            int number, String fileName, String contentType, long size, String sha256, String uploadedBy, Instant at) {}
}
