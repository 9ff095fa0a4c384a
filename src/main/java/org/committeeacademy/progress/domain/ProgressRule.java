package org.committeeacademy.progress.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A series' rule for completion: a module is complete when the member attended at least {@code minAttendancePercent}
 * of its sessions and the worksheet meets the requirement; the series is complete when all required modules are. A
 * module is optional when the series marks it so or this rule does.
 */
@Entity
@Table(name = "progress_rule")
public class ProgressRule {

    public static final int DEFAULT_MIN_ATTENDANCE_PERCENT = 100;

    @Id
    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "min_attendance_percent")
    private int minAttendancePercent = DEFAULT_MIN_ATTENDANCE_PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "worksheet_requirement")
    private WorksheetRequirement worksheetRequirement = WorksheetRequirement.SUBMITTED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_optional_module", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "module_key")
    private Set<String> optionalModules = new LinkedHashSet<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected ProgressRule() {}

    /** The defaults: every session, the worksheet submitted, every module required. */
    public ProgressRule(long seriesId) {
        this.seriesId = seriesId;
    }

    public void change(int percent, WorksheetRequirement requirement, Collection<String> optional) {
        if (percent < 0 || percent > 100) {
            throw new ValidationException("minAttendancePercent", "progress.rule.percent");
        }
        if (requirement == null) {
            throw new ValidationException("worksheetRequirement", "validation.required");
        }
        minAttendancePercent = percent;
        worksheetRequirement = requirement;
        optionalModules.clear();
        optionalModules.addAll(optional);
    }

    /** How many of a module's sessions must be attended: the percentage, rounded up. */
    public int attendanceNeeded(int sessions) {
        return (sessions * minAttendancePercent + 99) / 100;
    }

    /** Whether this rule requires the module; a module the series marks optional never is required. */
    public boolean isRequired(String moduleKey) {
        return !optionalModules.contains(moduleKey);
    }

    public ModuleProgress evaluate(ModuleFacts facts) {
        return new ModuleProgress(
                facts.moduleKey(),
                facts.sessions(),
                facts.attended(),
                attendanceNeeded(facts.sessions()),
                facts.worksheet() == null ? WorksheetState.NONE : facts.worksheet(),
                worksheetRequirement,
                !facts.optional() && isRequired(facts.moduleKey()),
                facts.units());
    }

    public SeriesProgress evaluate(List<ModuleFacts> modules) {
        return new SeriesProgress(modules.stream().map(this::evaluate).toList());
    }

    public Long seriesId() {
        return seriesId;
    }

    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    public WorksheetRequirement worksheetRequirement() {
        return worksheetRequirement;
    }

    public Set<String> optionalModules() {
        return Collections.unmodifiableSet(optionalModules);
    }
}
