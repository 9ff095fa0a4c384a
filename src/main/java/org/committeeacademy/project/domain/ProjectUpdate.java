package org.committeeacademy.project.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;

/** A short note of what happened in a project, with up to three photos, posted by one of its people. */
@Entity
@Table(name = "project_update")
public class ProjectUpdate {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_PHOTOS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "author_id")
    private Long authorId;

    private String body;

    @Column(name = "posted_at")
    private Instant postedAt;

    @OneToMany(mappedBy = "update", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProjectPhoto> photos = new ArrayList<>();

    protected ProjectUpdate() {}

    /** Text required, at most {@value #MAX_TEXT} characters; at most {@value #MAX_PHOTOS} photos. */
    static ProjectUpdate checked(Project project, long authorId, String text, List<Photo> photos, Instant now) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new ValidationException("text", "validation.required");
        }
        if (body.length() > MAX_TEXT) {
            throw new ValidationException("text", "project.update.tooLong");
        }
        if (photos.size() > MAX_PHOTOS) {
            throw new ValidationException("photos", "project.photo.tooMany");
        }
        return new ProjectUpdate(project, authorId, body, photos, now);
    }

    private ProjectUpdate(Project project, long authorId, String body, List<Photo> photos, Instant now) {
        this.project = project;
        this.authorId = authorId;
        this.body = body;
        this.postedAt = now;
        for (Photo photo : photos) {
            this.photos.add(new ProjectPhoto(this, this.photos.size(), photo));
        }
    }

    public Long id() {
        return id;
    }

    /** Null once the author's account was erased. */
    public Long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public List<ProjectPhoto> photos() {
        return Collections.unmodifiableList(photos);
    }
}
