package org.committeeacademy.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.ExportFile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * Everything the application keeps about the caller, as JSON and as a ZIP archive with that JSON and their files.
 * Only ever the caller's own data: there is no parameter naming a person.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PersonalDataExport {

    @Inject
    Instance<PersonalDataSection> sections;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public JsonObject mine() {
        Account caller = currentUser.require();
        audit.record(AuditAction.DATA_EXPORTED, caller.id(), "ACCOUNT", String.valueOf(caller.id()), "json");
        return json(caller.id());
    }

    /** Writes personal-data.json and the caller's files under files/ into the stream. */
    public void mineAsZip(OutputStream out) throws IOException {
        Account caller = currentUser.require();
        audit.record(AuditAction.DATA_EXPORTED, caller.id(), "ACCOUNT", String.valueOf(caller.id()), "zip");
        JsonObject data = json(caller.id());
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(pretty(data).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            Set<String> names = new HashSet<>();
            for (PersonalDataSection section : ordered()) {
                for (ExportFile file : section.files(caller.id())) {
                    if (file.file() != null && !Files.isRegularFile(file.file())) {
                        continue;
                    }
                    String name = unique(names, "files/" + section.key() + "/" + file.name());
                    zip.putNextEntry(new ZipEntry(name));
                    if (file.bytes() != null) {
                        zip.write(file.bytes());
                    } else {
                        Files.copy(file.file(), zip);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    JsonObject json(long accountId) {
        JsonObjectBuilder data = Jsons.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("about", "Committee Academy – personal data export (GDPR art. 15 and 20)");
        for (PersonalDataSection section : ordered()) {
            data.add(section.key(), section.export(accountId));
        }
        return data.build();
    }

    private List<PersonalDataSection> ordered() {
        return sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::order).thenComparing(PersonalDataSection::key))
                .toList();
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > name.lastIndexOf('/')
                    ? name.substring(0, dot) + "-" + i + name.substring(dot)
                    : name + "-" + i;
        }
        return candidate;
    }

    private static String pretty(JsonObject data) {
        JsonWriterFactory factory = Jsons.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        try (JsonWriter writer = factory.createWriter(text)) {
            writer.write(data);
        }
        return text.toString();
    }
}
