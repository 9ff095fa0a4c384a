package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetVersion;
import org.committeeacademy.worksheet.persistence.JpaWorksheetPersonalData;

/**
 * A member's worksheets with every submitted version and the trainers' comments. Erasure empties the answers and
 * comments but keeps each worksheet's state, so "worksheets submitted" still counts right.
 */
@ApplicationScoped
public class WorksheetPersonalData implements PersonalDataSection {

    @Inject
    JpaWorksheetPersonalData data;

    @Override
    public String key() {
        return "worksheets";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Worksheet.class, WorksheetVersion.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (JpaWorksheetPersonalData.Sheet sheet : data.worksheetsOf(accountId)) {
            list.add(Jsons.createObjectBuilder()
                    .add("cohort", sheet.cohort())
                    .add("module", sheet.module())
                    .add("template", sheet.template())
                    .add("status", sheet.status())
                    .add("answers", json(sheet.answers()))
                    .add("versions", versions(sheet.id())));
        }
        return list.build();
    }

    private JsonArrayBuilder versions(long worksheetId) {
        JsonArrayBuilder versions = Jsons.createArrayBuilder();
        for (JpaWorksheetPersonalData.Version v : data.versionsOf(worksheetId)) {
            JsonObjectBuilder version = Jsons.createObjectBuilder()
                    .add("number", v.number())
                    .add("submittedAt", v.submittedAt().toString())
                    .add("answers", json(v.answers()));
            if (v.decision() != null) {
                version.add("decision", v.decision());
                version.add("comments", json(v.comments()));
                version.add("reviewedAt", v.reviewedAt().toString());
            }
            versions.add(version);
        }
        return versions;
    }

    @Override
    public void erase(long accountId) {
        data.emptyWorksheetsOf(accountId);
    }

    private static JsonValue json(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Jsons.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException notJson) {
            return Jsons.createValue(text);
        }
    }
}
