package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LastChange;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;

/**
 * A member's filled-in worksheet template in one cohort. The member writes while it is a draft or sent back for
 * revision; submitting keeps a version and makes it read-only until a trainer of the cohort decides.
 */
@Entity
public class Worksheet {

    /** The key of a comment on the worksheet as a whole rather than on one section. */
    public static final String GENERAL_COMMENT = "general";

    /** The message key of a required field left empty at submission (its field key is the violation's field). */
    public static final String REQUIRED = "worksheet.submit.required";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "module_key")
    private String moduleKey;

    @Column(name = "template_key")
    private String templateKey;

    /** The template as it was when the worksheet started, so a later curriculum change cannot orphan answers. */
    @Lob
    private String template;

    private String title; // the template's title in every language, for lists (WorksheetHeading)

    @Lob
    private String answers;

    @Enumerated(EnumType.STRING)
    private WorksheetStatus status;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The language the member wrote in when last saving (the interface language at that time); null before. */
    @Column(name = "written_in")
    private Language writtenIn;

    @OneToMany(mappedBy = "worksheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<WorksheetVersion> versions = new ArrayList<>();

    @Embedded
    private LastChange lastChange = new LastChange();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Worksheet() {}

    /** @param templateJson the template from the module's content, texts still as {de, en} pairs */
    public Worksheet(long cohortId, long memberId, String moduleKey, JsonObject templateJson, Instant now) {
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.moduleKey = moduleKey;
        this.templateKey = templateJson.getString("key");
        this.template = templateJson.toString();
        this.title = WorksheetHeading.storedTitle(templateJson);
        this.answers = Answers.none().toString();
        this.status = WorksheetStatus.DRAFT;
        this.createdAt = now;
    }

    /** Autosave and explicit save alike, in the member's language, which trainers see; only while they may write. */
    public Answers save(JsonObject sent, Language language, Instant now) {
        Answers checked = save(sent, now);
        this.writtenIn = language;
        return checked;
    }

    /** Autosave and explicit save alike; only while the member may write. */
    public Answers save(JsonObject sent, Instant now) {
        requireEditable();
        Answers checked = Answers.read(template(Language.defaultLanguage()), sent);
        this.answers = checked.toString();
        this.savedAt = now;
        return checked;
    }

    /**
     * Keeps the answers as the next version and hands the worksheet to the trainers; refused while a required field is
     * empty, naming every such field in the template's order (the answers stay saved as a draft).
     */
    public WorksheetVersion submit(Instant now) {
        requireEditable();
        List<ValidationException.Violation> missing = missingAnswers().stream()
                .map(field -> new ValidationException.Violation(field.key(), REQUIRED))
                .toList();
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        WorksheetVersion submitted = new WorksheetVersion(this, versions.size() + 1, answers, now);
        versions.add(submitted);
        status = WorksheetStatus.SUBMITTED;
        return submitted;
    }

    /** A trainer's decision on the submitted version, with comments per section key. */
    public void review(ReviewDecision decision, Map<String, String> comments, String reviewer, Instant now) {
        if (status != WorksheetStatus.SUBMITTED) {
            throw new ConflictException("worksheet.review.notSubmitted");
        }
        WorksheetTemplate structure = template(Language.defaultLanguage());
        comments.keySet().stream()
                .filter(key ->
                        !key.equals(GENERAL_COMMENT) && structure.section(key).isEmpty())
                .findFirst()
                .ifPresent(key -> {
                    throw new ValidationException("comments", "worksheet.review.unknownSection");
                });
        latestVersion().orElseThrow().review(decision, comments, reviewer, now);
        status = decision.outcome();
    }

    /** The required fields of the template that are still empty, in the template's order. */
    public List<WorksheetTemplate.Field> missingAnswers() {
        Answers current = answers();
        return template(Language.defaultLanguage())
                .fields()
                .filter(WorksheetTemplate.Field::required)
                .filter(field -> !current.answered(field))
                .toList();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ConflictException("worksheet.readOnly");
        }
    }

    public boolean belongsTo(long accountId) {
        return memberId == accountId;
    }

    public WorksheetTemplate template(Language language) {
        JsonObject json = Jsons.createReader(new StringReader(template)).readObject();
        return WorksheetTemplate.of(LocalizedJson.in(json, language).asJsonObject());
    }

    public Answers answers() {
        return Answers.stored(answers);
    }

    public Optional<WorksheetVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The comments of the latest decision, which the member sees beside the fields. */
    public Map<String, String> comments() {
        return versions.stream()
                .filter(WorksheetVersion::isReviewed)
                .reduce((a, b) -> b)
                .map(WorksheetVersion::comments)
                .orElse(Map.of());
    }

    public Long id() {
        return id;
    }

    /** The language of the last save, if saved since languages are recorded. */
    public Optional<Language> writtenIn() {
        return Optional.ofNullable(writtenIn);
    }

    public long cohortId() {
        return cohortId;
    }

    public long memberId() {
        return memberId;
    }

    public String moduleKey() {
        return moduleKey;
    }

    public String templateKey() {
        return templateKey;
    }

    public WorksheetStatus status() {
        return status;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<WorksheetVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    /** The edit version (the ETag) and who changed it last; see {@link LastChange}. */
    public LastChange lastChange() {
        if (lastChange == null) {
            lastChange = new LastChange();
        }
        return lastChange;
    }
}
