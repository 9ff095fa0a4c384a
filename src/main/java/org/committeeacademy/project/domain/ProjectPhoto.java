package org.committeeacademy.project.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Base64;

/** One of an update's photos, kept in the database (Base64, so it travels in backups with the update). */
@Entity
@Table(name = "project_photo")
public class ProjectPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "update_id")
    private ProjectUpdate update;

    @Column(name = "photo_position")
    private int position;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo_data")
    private String data;

    protected ProjectPhoto() {}

    ProjectPhoto(ProjectUpdate update, int position, Photo photo) {
        this.update = update;
        this.position = position;
        this.contentType = photo.contentType();
        this.data = Base64.getEncoder().encodeToString(photo.bytes());
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public Photo photo() {
        return new Photo(contentType, Base64.getDecoder().decode(data));
    }
}
