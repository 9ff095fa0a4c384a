package org.committeeacademy.progress.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One module's progress for a member under a series' rule.
 *
 * @param attendanceNeeded how many of the sessions must be attended
 * @param required whether the series needs this module for completion
 * @param units the module's self-paced units; they count only where the module requires them
 */
public record ModuleProgress(
        String moduleKey,
        int sessions,
        int attended,
        int attendanceNeeded,
        WorksheetState worksheet,
        WorksheetRequirement worksheetRequirement,
        boolean required,
        UnitFacts units) {

    public ModuleProgress(
            String moduleKey,
            int sessions,
            int attended,
            int attendanceNeeded,
            WorksheetState worksheet,
            WorksheetRequirement worksheetRequirement,
            boolean required) {
        this(
                moduleKey,
                sessions,
                attended,
                attendanceNeeded,
                worksheet,
                worksheetRequirement,
                required,
                UnitFacts.NONE);
    }

    public boolean attendanceMet() {
        return sessions > 0 && attended >= attendanceNeeded;
    }

    public boolean worksheetMet() {
        return worksheetRequirement.isMetBy(worksheet);
    }

    public boolean isComplete() {
        return attendanceMet() && worksheetMet() && units.met();
    }

    /**
     * Share of the module done, 0–100, for a progress bar: attendance, the worksheet and (where required) the units
     * count alike.
     */
    public int percent() {
        boolean worksheetCounts = worksheetRequirement != WorksheetRequirement.NONE;
        double attendancePart =
                attendanceNeeded == 0 ? (sessions > 0 ? 1 : 0) : Math.min(1.0, (double) attended / attendanceNeeded);
        double worksheetPart = worksheetMet() ? 1 : 0;
        double share = worksheetCounts ? (attendancePart + worksheetPart) / 2 : attendancePart;
        if (units.required() && units.total() > 0) {
            int parts = worksheetCounts ? 3 : 2;
            share = (share * (parts - 1) + (double) units.done() / units.total()) / parts;
        }
        return (int) Math.floor(share * 100);
    }

    /** What is still missing, as message keys: "progress.missing.attendance", "progress.missing.worksheet". */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (sessions == 0) {
            missing.add("progress.missing.noSession");
        } else if (!attendanceMet()) {
            missing.add("progress.missing.attendance");
        }
        if (!worksheetMet()) {
            missing.add(
                    worksheetRequirement == WorksheetRequirement.ACCEPTED
                            ? "progress.missing.worksheetAccepted"
                            : "progress.missing.worksheet");
        }
        if (!units.met()) {
            missing.add("progress.missing.units");
        }
        return missing;
    }
}
