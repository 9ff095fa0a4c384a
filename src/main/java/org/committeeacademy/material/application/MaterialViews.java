package org.committeeacademy.material.application;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.curriculum.application.ModuleMaterials;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialKind;
import org.committeeacademy.material.domain.MaterialVersion;
import org.committeeacademy.material.domain.Visibility;
import org.committeeacademy.shared.domain.Language;

final class MaterialViews {

    private MaterialViews() {}

    static MaterialView of(Material m, boolean withHistory, Instant now) {
        return new MaterialView(
                m.id(),
                m.cohort().id(),
                m.kind(),
                m.title(),
                m.description(),
                m.language().code(),
                m.moduleKey().orElse(null),
                m.session().map(s -> s.id()).orElse(null),
                m.visibility(),
                m.visibleFrom(),
                m.isVisibleToMembers(now),
                m.linkUrl(),
                m.newest().map(MaterialViews::line).orElse(null),
                m.createdAt(),
                withHistory ? m.versions().stream().map(MaterialViews::line).toList() : List.of(),
                null);
    }

    /** A module's own materials: its content in the curriculum (in the cohort's language), titled for the reader. */
    static MaterialView ofModule(Cohort cohort, Module module, Language shownIn) {
        String language = cohort.language().code();
        return new MaterialView(
                null,
                cohort.id(),
                MaterialKind.MODULE,
                module.title().in(shownIn),
                module.summary().in(shownIn),
                language,
                module.key(),
                null,
                Visibility.VISIBLE_FROM,
                null,
                true,
                "/api/v1/modules/" + module.key() + "?lang=" + language,
                null,
                null,
                List.of(),
                null);
    }

    /** A handout that comes with the module, in the language it is written in. */
    static MaterialView ofHandout(Cohort cohort, ModuleMaterials.Handout handout) {
        return new MaterialView(
                null,
                cohort.id(),
                MaterialKind.MODULE_FILE,
                handout.title(),
                handout.description(),
                handout.language(),
                handout.moduleKey(),
                null,
                Visibility.VISIBLE_FROM,
                null,
                true,
                "/api/v1/modules/" + handout.moduleKey() + "/materials/" + handout.file(),
                null,
                null,
                List.of(),
                handout.file());
    }

    private static MaterialView.VersionLine line(MaterialVersion v) {
        return new MaterialView.VersionLine(
                v.number(),
                v.fileName(),
                v.contentType(),
                v.size(),
                v.sha256(),
                v.uploadedBy() == null ? null : v.uploadedBy().name(),
                v.uploadedAt());
    }
}
