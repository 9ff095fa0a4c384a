package org.committeeacademy.material.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialRepository;
import org.committeeacademy.material.domain.MaterialVersion;
import org.committeeacademy.material.persistence.JpaMaterialVisits;
import org.committeeacademy.material.persistence.MaterialFiles;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.ExportFile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * What a trainer or staff member uploaded or linked, with the files, and when a member last looked at a cohort's
 * materials. Erasure keeps the materials (they belong to the cohort; the uploader is then named nobody) and
 * forgets the visits.
 */
@ApplicationScoped
public class MaterialPersonalData implements PersonalDataSection {

    @Inject
    MaterialRepository materials;

    @Inject
    JpaMaterialVisits visits;

    @Inject
    MaterialFiles files;

    @Override
    public String key() {
        return "materials";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Material.class, MaterialVersion.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder added = Jsons.createArrayBuilder();
        for (Material m : materials.createdBy(accountId)) {
            added.add(Jsons.createObjectBuilder()
                    .add("cohort", m.cohort().title())
                    .add("title", m.title())
                    .add("kind", m.kind().name())
                    .add("createdAt", m.createdAt().toString()));
        }
        JsonArrayBuilder uploads = Jsons.createArrayBuilder();
        for (MaterialVersion v : materials.uploadedBy(accountId)) {
            uploads.add(Jsons.createObjectBuilder()
                    .add("material", v.material().title())
                    .add("version", v.number())
                    .add("fileName", v.fileName())
                    .add("uploadedAt", v.uploadedAt().toString()));
        }
        JsonArrayBuilder visited = Jsons.createArrayBuilder();
        for (JpaMaterialVisits.Visit v : visits.visitsOf(accountId)) {
            visited.add(Jsons.createObjectBuilder()
                    .add("cohort", v.cohort())
                    .add("lastVisit", v.lastVisit().toString()));
        }
        return Jsons.createObjectBuilder()
                .add("added", added)
                .add("uploads", uploads)
                .add("visits", visited)
                .build();
    }

    @Override
    public List<ExportFile> files(long accountId) {
        return materials.uploadedBy(accountId).stream()
                .flatMap(
                        v -> files
                                .find(v.storageKey())
                                .map(path -> ExportFile.stored(v.number() + "-" + v.fileName(), path))
                                .stream())
                .toList();
    }

    @Override
    public void erase(long accountId) {
        visits.forgetVisitsOf(accountId);
    }
}
