package org.committeeacademy.material.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A file or link a trainer or staff member added to one cohort. Members see it once its visibility has begun and
 * get the newest version of a file; the earlier versions stay for trainers and staff.
 */
@Entity
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(name = "module_key")
    private String moduleKey;

    private String title;

    private String description;

    @Column(name = "material_language")
    private Language language;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    @Column(name = "link_url")
    private String linkUrl;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "visible_from")
    private Instant visibleFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<MaterialVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Material() {}

    private Material(Cohort cohort, MaterialDetails details, MaterialKind kind, Account by, Instant now) {
        details.check(cohort);
        this.cohort = cohort;
        this.session = details.session();
        this.moduleKey = details.moduleKey();
        this.title = details.title();
        this.description = details.description();
        this.language = details.language();
        this.kind = kind;
        this.visibility = details.visibility();
        this.visibleFrom = details.visibleFrom() == null ? now : details.visibleFrom();
        this.createdBy = by;
        this.createdAt = now;
    }

    public static Material file(Cohort cohort, MaterialDetails details, StoredFile file, Account by, Instant now) {
        Material material = new Material(cohort, details, MaterialKind.FILE, by, now);
        material.replaceFile(file, by, now);
        return material;
    }

    public static Material link(Cohort cohort, MaterialDetails details, String url, Account by, Instant now) {
        Material material = new Material(cohort, details, MaterialKind.LINK, by, now);
        material.linkUrl = MaterialDetails.checkedLink(url);
        return material;
    }

    /** A new file for the material; the earlier ones stay as its history. */
    public MaterialVersion replaceFile(StoredFile file, Account by, Instant now) {
        if (kind != MaterialKind.FILE) {
            throw new ValidationException("file", "material.link.noFile");
        }
        MaterialVersion version = new MaterialVersion(this, versions.size() + 1, file, by, now);
        versions.add(version);
        return version;
    }

    /** Whether members of the cohort may see it at that moment. */
    public boolean isVisibleToMembers(Instant now) {
        if (visibility == Visibility.AFTER_SESSION) {
            return session != null
                    && !session.isCancelled()
                    && !now.isBefore(session.end().atZone(AcademyTime.ZONE).toInstant());
        }
        return !now.isBefore(visibleFrom);
    }

    public Optional<MaterialVersion> newest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<MaterialVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Optional<String> moduleKey() {
        return Optional.ofNullable(moduleKey)
                .or(() -> session().map(s -> s.module().key()));
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Language language() {
        return language;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String linkUrl() {
        return linkUrl;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant visibleFrom() {
        return visibleFrom;
    }

    public Account createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<MaterialVersion> versions() {
        return Collections.unmodifiableList(versions);
    }
}
