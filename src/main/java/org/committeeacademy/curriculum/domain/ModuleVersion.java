package org.committeeacademy.curriculum.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One loaded content of a module (objectives, agenda, materials, worksheet templates), as JSON, by its hash. */
@Entity
@Cacheable // read on every page, written rarely: META-INF/eclipselink-orm.xml
@Table(name = "module_version")
public class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private Module module;

    @Column(name = "version_no")
    private int number;

    @Column(name = "content_hash")
    private String contentHash;

    @Lob
    private String content;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    protected ModuleVersion() {}

    ModuleVersion(Module module, int number, String contentHash, String content, Instant loadedAt) {
        this.module = module;
        this.number = number;
        this.contentHash = contentHash;
        this.content = content;
        this.loadedAt = loadedAt;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    /** The descriptor as JSON. */
    public String content() {
        return content;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
