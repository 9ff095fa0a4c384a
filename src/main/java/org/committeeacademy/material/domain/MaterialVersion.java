package org.committeeacademy.material.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.identity.domain.Account;

/** One uploaded file of a material; a replacement adds the next number and keeps the earlier ones. */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "material_id")
    private Material material;

    @Column(name = "version_number")
    private int number;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected MaterialVersion() {}

    MaterialVersion(Material material, int number, StoredFile file, Account by, Instant now) {
        this.material = material;
        this.number = number;
        this.fileName = file.fileName();
        this.contentType = file.type().contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Account uploadedBy() {
        return uploadedBy;
    }

    public Material material() {
        return material;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
