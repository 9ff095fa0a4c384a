package org.committeeacademy.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.certificate.persistence.JpaCertificatePersonalData;
import org.committeeacademy.progress.application.ProgressBook;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.ExportFile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A member's certificates, with their PDFs in the archive. Erasure keeps the count of certificates issued but marks
 * each as withdrawn and drops the free-text reasons: verification can no longer confirm a person who is not there.
 */
@ApplicationScoped
public class CertificatePersonalData implements PersonalDataSection {

    @Inject
    CertificateProvider provider;

    @Inject
    JpaCertificatePersonalData data;

    @Inject
    Messages messages;

    @Inject
    ProgressBook progress;

    @Override
    public String key() {
        return "certificates";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Certificate.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Certificate c : data.issuedTo(accountId)) {
            JsonObjectBuilder line = Jsons.createObjectBuilder()
                    .add("cohort", c.cohort().title())
                    .add("code", c.code())
                    .add("issuedAt", c.issuedAt().toString());
            if (c.isRevoked()) {
                line.add("revokedAt", c.revokedAt().toString());
            }
            list.add(line);
        }
        return list.build();
    }

    @Override
    public List<ExportFile> files(long accountId) {
        String base = PublicAddress.withoutRequest();
        return data.issuedTo(accountId).stream()
                .filter(c -> !c.isRevoked())
                .map(c -> ExportFile.generated(
                        "certificate-" + c.code() + ".pdf",
                        CertificatePdf.of(
                                c,
                                progress.evaluate(c.cohort(), c.member().id()),
                                base,
                                provider.of(c),
                                key -> messages.text(c.member().language(), key))))
                .toList();
    }

    @Override
    public void erase(long accountId) {
        data.withdrawAllOf(accountId, Instant.now());
    }
}
