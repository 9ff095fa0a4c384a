package org.committeeacademy.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/** A qualification series: an ordered set of modules. */
@Entity
public class Series {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_key")
    private String key;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "summary_de")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    })
    private LocalizedText summary;

    private boolean active;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "locally_edited")
    private boolean locallyEdited;

    @ManyToMany
    @JoinTable(
            name = "series_module",
            joinColumns = @JoinColumn(name = "series_id"),
            inverseJoinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "sort_order")
    private List<Module> modules = new ArrayList<>();

    protected Series() {}

    public Series(String key) {
        this.key = key;
        this.active = true;
    }

    /**
     * Takes the series descriptor loaded from modules/ with its modules in order. Returns whether anything changed;
     * texts and order edited in the application are kept.
     */
    public boolean load(String newContentHash, LocalizedText newTitle, LocalizedText newSummary, List<Module> ordered) {
        if (newContentHash.equals(contentHash) && modules.equals(ordered)) {
            return false;
        }
        contentHash = newContentHash;
        if (!locallyEdited) {
            title = newTitle;
            summary = newSummary;
            modules.clear();
            modules.addAll(ordered);
        }
        return true;
    }

    public boolean isLocallyEdited() {
        return locallyEdited;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public boolean isActive() {
        return active;
    }

    public List<Module> modules() {
        return Collections.unmodifiableList(modules);
    }
}
