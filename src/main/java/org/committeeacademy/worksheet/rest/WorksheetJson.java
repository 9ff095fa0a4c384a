package org.committeeacademy.worksheet.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.domain.WorksheetTemplate;

/**
 * A worksheet as JSON: {@code {id, moduleKey, status, template: {sections: [{key, title, fields: [{key, label,
 * type}]}]}, answers, comments: [{section, text}], versions}}. Staff get only id, cohort, member, module and status.
 * The pages' autosave script reads the same document.
 */
public final class WorksheetJson {

    private WorksheetJson() {}

    public static JsonObject of(WorksheetView w) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", w.id())
                .add("cohortId", w.cohortId())
                .add("memberId", w.memberId())
                .add("moduleKey", w.moduleKey())
                .add("templateKey", w.templateKey())
                .add("status", w.status().name())
                .add("version", w.version());
        if (!w.contentVisible()) {
            return json.build();
        }
        json.add("title", w.title())
                .add("cohortTitle", w.cohortTitle())
                .add("memberName", w.memberName())
                .add("editable", w.mayEdit())
                .add("template", template(w.template()))
                .add("answers", w.answers());
        if (w.writtenIn() != null) {
            json.add("writtenIn", w.writtenIn().code());
        }
        instant(json, "savedAt", w.savedAt());
        JsonArrayBuilder comments = Jsons.createArrayBuilder();
        w.comments()
                .forEach((section, text) -> comments.add(
                        Jsons.createObjectBuilder().add("section", section).add("text", text)));
        json.add("comments", comments);
        JsonArrayBuilder versions = Jsons.createArrayBuilder();
        w.versions().forEach(v -> {
            JsonObjectBuilder version =
                    Jsons.createObjectBuilder().add("number", v.number()).add("answers", v.answers());
            instant(version, "submittedAt", v.submittedAt());
            if (v.decision() != null) {
                version.add("decision", v.decision()).add("reviewer", v.reviewer());
                instant(version, "reviewedAt", v.reviewedAt());
            }
            versions.add(version);
        });
        return json.add("versions", versions).build();
    }

    private static JsonObject template(WorksheetTemplate t) {
        JsonArrayBuilder sections = Jsons.createArrayBuilder();
        for (WorksheetTemplate.Section s : t.sections()) {
            JsonArrayBuilder fields = Jsons.createArrayBuilder();
            for (WorksheetTemplate.Field f : s.fields()) {
                JsonObjectBuilder field = Jsons.createObjectBuilder()
                        .add("key", f.key())
                        .add("label", f.label())
                        .add("type", f.type().code())
                        .add("required", f.required());
                if (!f.columns().isEmpty()) {
                    JsonArrayBuilder columns = Jsons.createArrayBuilder();
                    f.columns()
                            .forEach(c -> columns.add(Jsons.createObjectBuilder()
                                    .add("key", c.key())
                                    .add("label", c.label())));
                    field.add("columns", columns);
                }
                fields.add(field);
            }
            sections.add(Jsons.createObjectBuilder()
                    .add("key", s.key())
                    .add("title", s.title())
                    .add("help", s.help())
                    .add("fields", fields));
        }
        return Jsons.createObjectBuilder()
                .add("key", t.key())
                .add("title", t.title())
                .add("introduction", t.introduction())
                .add("sections", sections)
                .build();
    }

    private static void instant(JsonObjectBuilder json, String name, Instant at) {
        if (at != null) {
            json.add(name, at.toString());
        }
    }
}
