package org.committeeacademy.material.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.curriculum.application.ModuleMaterials;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialDetails;
import org.committeeacademy.material.domain.MaterialRepository;
import org.committeeacademy.material.domain.MaterialVersion;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.persistence.MaterialFiles;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A cohort's materials. Seated members (confirmed or completed) see those whose visibility has begun; the cohort's
 * trainers and staff see and manage all. To anyone else the cohort and its materials do not exist.
 */
@ApplicationScoped
@Transactional
public class CohortMaterials {

    @Inject
    MaterialRepository materials;

    @Inject
    CohortRepository cohorts;

    @Inject
    MaterialFiles files;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModuleMaterials handouts;

    @Inject
    EnrolmentRepository enrolments;

    Clock clock = Clock.systemUTC();

    public List<MaterialView> list(long cohortId) {
        return list(cohortId, null);
    }

    /**
     * The cohort's materials with the curriculum's titles and descriptions in the reader's language where the
     * curriculum has them (an English interface shows "Glossary: …", not "Glossar: …"); null: the cohort's language.
     */
    public List<MaterialView> list(long cohortId, Language shownIn) {
        Cohort cohort = readable(cohortId);
        Language titles = shownIn == null ? cohort.language() : shownIn;
        boolean manager = mayManage(cohort);
        List<MaterialView> list = new ArrayList<>();
        cohort.series().modules().forEach(module -> {
            list.add(MaterialViews.ofModule(cohort, module, titles));
            handouts.of(module.key(), titles).forEach(h -> list.add(MaterialViews.ofHandout(cohort, h)));
        });
        materials.ofCohort(cohortId).stream()
                .filter(m -> manager || m.isVisibleToMembers(now()))
                .map(m -> MaterialViews.of(m, manager, now()))
                .forEach(list::add);
        return list;
    }

    /** Whether the caller may manage the cohort's materials (false for unknown cohorts too). */
    public boolean mayManage(long cohortId) {
        return cohorts.find(cohortId).map(cohort -> mayManage(cohort)).orElse(false);
    }

    public MaterialView material(long id) {
        Material material = readable(materials.find(id));
        return MaterialViews.of(material, mayManage(material.cohort()), now());
    }

    /** The newest file, or for trainers and staff an earlier version by its number. */
    public Download download(long id, Integer versionNumber) {
        Material material = readable(materials.find(id));
        boolean manager = mayManage(material.cohort());
        Optional<MaterialVersion> version =
                versionNumber == null || !manager ? material.newest() : material.version(versionNumber);
        MaterialVersion chosen = version.orElseThrow(() -> new NotFoundException("material file " + id));
        return files.find(chosen.storageKey())
                .map(file -> new Download(file, chosen.fileName(), chosen.contentType(), chosen.size()))
                .orElseThrow(() -> new FileMissingException(chosen.storageKey()));
    }

    public MaterialView addFile(long cohortId, MaterialRequest request, InputStream content, String fileName) {
        Cohort cohort = managed(cohortId);
        MaterialDetails details = details(cohort, request);
        return add(cohort, details, receive(content, fileName));
    }

    /**
     * Checks and stores a file for the cohort before its details are known (the manager page's upload comes first);
     * {@link #addFile(long, MaterialRequest, StoredFile)} then makes it a material. A file never added is swept.
     */
    public StoredFile receive(long cohortId, InputStream content, String fileName) {
        managed(cohortId);
        return receive(content, fileName);
    }

    public MaterialView addFile(long cohortId, MaterialRequest request, StoredFile received) {
        Cohort cohort = managed(cohortId);
        if (files.find(received.storageKey()).isEmpty()) {
            throw new ValidationException("file", "material.file.required");
        }
        return add(cohort, details(cohort, request), received);
    }

    private MaterialView add(Cohort cohort, MaterialDetails details, StoredFile file) {
        Material material = Material.file(cohort, details, file, currentUser.require(), now());
        materials.add(material);
        return MaterialViews.of(material, true, now());
    }

    public MaterialView addLink(long cohortId, MaterialRequest request, String url) {
        Cohort cohort = managed(cohortId);
        Material material = Material.link(cohort, details(cohort, request), url, currentUser.require(), now());
        materials.add(material);
        return MaterialViews.of(material, true, now());
    }

    public MaterialView replaceFile(long id, InputStream content, String fileName) {
        Material material = managed(materials.find(id));
        material.replaceFile(receive(content, fileName), currentUser.require(), now());
        return MaterialViews.of(material, true, now());
    }

    /**
     * Removes the material and its versions. Their files stay on disk until MaterialFileSweeper finds that no other
     * version shares their content.
     */
    public void delete(long id) {
        materials.remove(managed(materials.find(id)));
    }

    private StoredFile receive(InputStream content, String fileName) {
        if (content == null) {
            throw new ValidationException("file", "material.file.required");
        }
        try {
            return files.receive(content, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MaterialDetails details(Cohort cohort, MaterialRequest r) {
        Session session = r.sessionId() == null
                ? null
                : cohort.sessions().stream()
                        .filter(s -> s.id().equals(r.sessionId()))
                        .findFirst()
                        .orElseThrow(() -> new ValidationException("sessionId", "material.session.unknown"));
        Language language = r.language() == null || r.language().isBlank()
                ? cohort.language()
                : Language.fromCode(r.language().strip())
                        .orElseThrow(() -> new ValidationException("language", "material.language.invalid"));
        return new MaterialDetails(
                r.title(), r.description(), language, r.moduleKey(), session, r.visibility(), r.visibleFrom());
    }

    private Cohort readable(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account caller = currentUser.require();
        if (!mayManage(cohort) && !enrolments.isSeated(cohortId, caller.id())) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private Material readable(Optional<Material> found) {
        Material material = found.orElseThrow(() -> new NotFoundException("material"));
        Account caller = currentUser.require();
        boolean manager = mayManage(material.cohort());
        boolean member = !manager
                && enrolments.isSeated(material.cohort().id(), caller.id())
                && material.isVisibleToMembers(now());
        if (!manager && !member) {
            throw new NotFoundException("material " + material.id());
        }
        return material;
    }

    private Cohort managed(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        if (!mayManage(cohort)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private Material managed(Optional<Material> found) {
        Material material = found.orElseThrow(() -> new NotFoundException("material"));
        if (!mayManage(material.cohort())) {
            throw new NotFoundException("material " + material.id());
        }
        return material;
    }

    /** Admins, staff of the cohort's organisation, and the cohort's trainers. */
    private boolean mayManage(Cohort cohort) {
        Account caller = currentUser.require();
        return currentUser.manages(cohort.organisationId()) || TrainerRule.actsAsTrainer(cohort, caller);
    }

    private Instant now() {
        return clock.instant();
    }
}
