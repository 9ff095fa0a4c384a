package org.committeeacademy.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A qualification series: an ordered set of modules, some of which may be optional (a member completes the series
 * without them).
 */
@Entity
@Cacheable // read on every page, written rarely: META-INF/eclipselink-orm.xml
public class Series {

    private static final Pattern KEY_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_key")
    private String key;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "tr", column = @Column(name = "title_tr")),
        @AttributeOverride(name = "ar", column = @Column(name = "title_ar")),
        @AttributeOverride(name = "uk", column = @Column(name = "title_uk"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "summary_de")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
        @AttributeOverride(name = "tr", column = @Column(name = "summary_tr")),
        @AttributeOverride(name = "ar", column = @Column(name = "summary_ar")),
        @AttributeOverride(name = "uk", column = @Column(name = "summary_uk"))
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "series_optional_module", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "module_key")
    private Set<String> optionalModules = new LinkedHashSet<>();

    protected Series() {}

    public Series(String key) {
        this.key = key;
        this.active = true;
    }

    /**
     * Takes the series descriptor loaded from modules/ with its modules in order. Returns whether anything changed;
     * texts, order and optional modules edited in the application are kept.
     */
    public boolean load(String newContentHash, LocalizedText newTitle, LocalizedText newSummary, List<Module> ordered) {
        return load(newContentHash, newTitle, newSummary, ordered, Set.of());
    }

    /** As {@link #load(String, LocalizedText, LocalizedText, List)}, with the keys of the optional modules. */
    public boolean load(
            String newContentHash,
            LocalizedText newTitle,
            LocalizedText newSummary,
            List<Module> ordered,
            Collection<String> optional) {
        if (newContentHash.equals(contentHash) && modules.equals(ordered)) {
            return false;
        }
        contentHash = newContentHash;
        if (!locallyEdited) {
            title = newTitle;
            summary = newSummary;
            modules.clear();
            modules.addAll(ordered);
            optionalModules.clear();
            ordered.stream().map(Module::key).filter(optional::contains).forEach(optionalModules::add);
        }
        return true;
    }

    /** A series made in the application rather than in modules/. */
    public static Series create(String key, LocalizedText title, LocalizedText summary) {
        if (key == null || !KEY_PATTERN.matcher(key).matches()) {
            throw new ValidationException("key", "curriculum.key.invalid");
        }
        Series series = new Series(key);
        series.editTexts(title, summary);
        return series;
    }

    /** Texts changed in the application: local changes from now on, which loading never overwrites. */
    public void editTexts(LocalizedText newTitle, LocalizedText newSummary) {
        if (newTitle == null || newTitle.de().isBlank() || newTitle.en().isBlank()) {
            throw new ValidationException("title", "curriculum.title.required");
        }
        title = newTitle.keepingTranslationsOf(title);
        summary = newSummary == null ? null : newSummary.keepingTranslationsOf(summary);
        locallyEdited = true;
    }

    /** Moves a module up (negative steps) or down the order; at the ends it stays. */
    public void moveModule(String moduleKey, int steps) {
        int from = indexOf(moduleKey);
        int to = Math.max(0, Math.min(modules.size() - 1, from + steps));
        if (from != to) {
            modules.add(to, modules.remove(from));
            locallyEdited = true;
        }
    }

    public void addModule(Module module) {
        if (modules.stream().anyMatch(m -> m.key().equals(module.key()))) {
            throw new ValidationException("module", "curriculum.module.alreadyInSeries");
        }
        modules.add(module);
        locallyEdited = true;
    }

    public void removeModule(String moduleKey) {
        modules.remove(indexOf(moduleKey));
        optionalModules.remove(moduleKey);
        locallyEdited = true;
    }

    /** Marks a module of the series optional or required; a local change. At least one module stays required. */
    public void markOptional(String moduleKey, boolean optional) {
        indexOf(moduleKey);
        if (optional == optionalModules.contains(moduleKey)) {
            return;
        }
        if (optional && optionalModules.size() + 1 >= modules.size()) {
            throw new ValidationException("module", "curriculum.module.lastRequired");
        }
        if (optional) {
            optionalModules.add(moduleKey);
        } else {
            optionalModules.remove(moduleKey);
        }
        locallyEdited = true;
    }

    /** Whether a member completes the series without this module. */
    public boolean isOptional(String moduleKey) {
        return optionalModules.contains(moduleKey);
    }

    /** Retired series are no longer offered in the catalogue; their cohorts keep them. */
    public void retire() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean isLocallyEdited() {
        return locallyEdited;
    }

    private int indexOf(String moduleKey) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).key().equals(moduleKey)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Module " + moduleKey + " is not part of series " + key);
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
