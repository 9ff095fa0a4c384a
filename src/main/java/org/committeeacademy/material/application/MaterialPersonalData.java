package org.committeeacademy.material.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialVersion;
import org.committeeacademy.material.persistence.MaterialFiles;
import org.committeeacademy.shared.personaldata.ExportFile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * What a trainer or staff member uploaded or linked, with the files, and when a member last looked at a cohort's
 * materials. Erasure keeps the materials (they belong to the cohort; the uploader is then named nobody) and
 * forgets the visits.
 */
@ApplicationScoped
public class MaterialPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

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
        JsonArrayBuilder added = Json.createArrayBuilder();
        for (Material m : created(accountId)) {
            added.add(Json.createObjectBuilder()
                    .add("cohort", m.cohort().title())
                    .add("title", m.title())
                    .add("kind", m.kind().name())
                    .add("createdAt", m.createdAt().toString()));
        }
        JsonArrayBuilder uploads = Json.createArrayBuilder();
        for (MaterialVersion v : uploaded(accountId)) {
            uploads.add(Json.createObjectBuilder()
                    .add("material", v.material().title())
                    .add("version", v.number())
                    .add("fileName", v.fileName())
                    .add("uploadedAt", v.uploadedAt().toString()));
        }
        JsonArrayBuilder visits = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT c.title, v.visited_at FROM material_visit v"
                        + " JOIN cohort c ON c.id = v.cohort_id WHERE v.account_id = ?")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            visits.add(Json.createObjectBuilder()
                    .add("cohort", String.valueOf(r[0]))
                    .add("lastVisit", ((java.sql.Timestamp) r[1]).toInstant().toString()));
        }
        return Json.createObjectBuilder()
                .add("added", added)
                .add("uploads", uploads)
                .add("visits", visits)
                .build();
    }

    @Override
    public List<ExportFile> files(long accountId) {
        return uploaded(accountId).stream()
                .flatMap(
                        v -> files
                                .find(v.storageKey())
                                .map(path -> ExportFile.stored(v.number() + "-" + v.fileName(), path))
                                .stream())
                .toList();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("DELETE FROM material_visit WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    private List<Material> created(long accountId) {
        return em.createQuery(
                        "SELECT m FROM Material m WHERE m.createdBy.id = :id ORDER BY m.createdAt", Material.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    private List<MaterialVersion> uploaded(long accountId) {
        return em.createQuery(
                        "SELECT v FROM MaterialVersion v WHERE v.uploadedBy.id = :id ORDER BY v.uploadedAt",
                        MaterialVersion.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
