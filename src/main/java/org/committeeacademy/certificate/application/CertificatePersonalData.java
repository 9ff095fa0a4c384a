package org.committeeacademy.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.personaldata.ExportFile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.shared.web.Messages;

/**
 * A member's certificates, with their PDFs in the archive. Erasure keeps the count of certificates issued but marks
 * each as withdrawn and drops the free-text reasons: verification can no longer confirm a person who is not there.
 */
@ApplicationScoped
public class CertificatePersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Messages messages;

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
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Certificate c : mine(accountId)) {
            JsonObjectBuilder line = Json.createObjectBuilder()
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
        String base = AcademySettings.current().publicUrl().orElse("http://localhost:8080");
        return mine(accountId).stream()
                .filter(c -> !c.isRevoked())
                .map(c -> ExportFile.generated(
                        "certificate-" + c.code() + ".pdf",
                        CertificatePdf.of(
                                c, base, key -> messages.text(c.member().language(), key))))
                .toList();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("UPDATE certificate SET issue_reason = NULL, revoke_reason = 'erased',"
                        + " revoked_at = COALESCE(revoked_at, ?) WHERE member_id = ?")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, accountId)
                .executeUpdate();
    }

    private List<Certificate> mine(long accountId) {
        return em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.member.id = :id ORDER BY c.issuedAt", Certificate.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
