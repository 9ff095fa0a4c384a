package org.committeeacademy.curriculum.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;

/** One curriculum unit (Baustein), e.g. "Understanding the local context". */
@Entity
@Cacheable // read on every page, written rarely: META-INF/eclipselink-orm.xml
@Table(name = "training_module")
public class Module {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key")
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

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ModuleVersion> versions = new ArrayList<>();

    @Column(name = "locally_edited")
    private boolean locallyEdited;

    @Lob
    @Column(name = "local_objectives")
    private String localObjectives;

    @Lob
    @Column(name = "local_units")
    private String localUnits;

    protected Module() {}

    public Module(String key) {
        this.key = key;
    }

    /** What loading a content from modules/ did to the module. */
    public enum LoadOutcome {
        UNCHANGED,
        NEW_VERSION,
        NEW_VERSION_TEXTS_KEPT
    }

    /**
     * Takes a content loaded from modules/. The same content again changes nothing; a changed one becomes the next
     * version (earlier versions stay for worksheets started on them). Texts edited in the application are never
     * overwritten: the new version is kept, the local texts stay.
     */
    public LoadOutcome load(
            String contentHash,
            String content,
            LocalizedText newTitle,
            LocalizedText newSummary,
            int newDurationMinutes,
            Instant now) {
        if (currentVersion().map(v -> v.contentHash().equals(contentHash)).orElse(false)) {
            return LoadOutcome.UNCHANGED;
        }
        versions.add(new ModuleVersion(this, versions.size() + 1, contentHash, content, now));
        if (locallyEdited) {
            return LoadOutcome.NEW_VERSION_TEXTS_KEPT;
        }
        this.title = newTitle;
        this.summary = newSummary;
        this.durationMinutes = newDurationMinutes;
        return LoadOutcome.NEW_VERSION;
    }

    /** Texts changed in the application: from now on they are local changes that loading never overwrites. */
    public void editTexts(LocalizedText newTitle, LocalizedText newSummary) {
        if (newTitle == null || newTitle.de().isBlank() || newTitle.en().isBlank()) {
            throw new ValidationException("title", "curriculum.title.required");
        }
        this.title = newTitle.keepingTranslationsOf(title);
        this.summary = newSummary == null ? null : newSummary.keepingTranslationsOf(summary);
        this.locallyEdited = true;
    }

    /** Learning objectives edited in the application, one list per language; they replace the loaded ones. */
    public void editObjectives(List<String> german, List<String> english) {
        List<String> de = clean(german);
        List<String> en = clean(english);
        if (de.isEmpty() || en.isEmpty()) {
            throw new ValidationException("objectives", "curriculum.objectives.required");
        }
        localObjectives = Jsons.createObjectBuilder()
                .add("de", Jsons.createArrayBuilder(de))
                .add("en", Jsons.createArrayBuilder(en))
                .build()
                .toString();
        locallyEdited = true;
    }

    /**
     * A unit's texts edited in the application (JSON: title, summary, pages' titles and texts, each {"de", "en"}),
     * replacing that unit's earlier edit; loading never overwrites them.
     */
    public void editUnitTexts(String unitKey, JsonObject texts) {
        boolean complete = filled(texts.get("title"))
                && texts.getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                        .allMatch(p -> filled(p.get("title")) && filled(p.get("text")));
        if (!complete) {
            throw new ValidationException("unit", "editor.unit.required");
        }
        JsonObject all = localUnits == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : Jsons.createReader(new StringReader(localUnits)).readObject();
        localUnits = Jsons.createObjectBuilder(all).add(unitKey, texts).build().toString();
        locallyEdited = true;
    }

    private static boolean filled(JsonValue text) {
        return text instanceof JsonObject o
                && !o.getString("de", "").isBlank()
                && !o.getString("en", "").isBlank();
    }

    /** The edited unit texts as JSON by unit key, if any. */
    public Optional<String> localUnits() {
        return Optional.ofNullable(localUnits);
    }

    /** The edited objectives as JSON ({"de": [...], "en": [...]}), if any. */
    public Optional<String> localObjectives() {
        return Optional.ofNullable(localObjectives);
    }

    private static List<String> clean(List<String> lines) {
        return lines == null
                ? List.of()
                : lines.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** The newest version: what new worksheets start from. */
    public Optional<ModuleVersion> currentVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<ModuleVersion> versions() {
        return Collections.unmodifiableList(versions);
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

    public int durationMinutes() {
        return durationMinutes;
    }
}
