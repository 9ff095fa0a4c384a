package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Set;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.shared.persistence.SqlText;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The mails written to a person, the group messages they received or wrote, and the notifications they turned off.
 * Erasure deletes their mails and choices and the record of which messages reached them; a message they wrote to a
 * group stays (its readers received it) but no longer names them.
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "notifications";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(OutboxMessage.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder mails = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery(
                        "SELECT created_at, notice, subject, status, text_body FROM outbox_message"
                                + " WHERE recipient_id = ? ORDER BY created_at")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            mails.add(Json.createObjectBuilder()
                    .add("createdAt", ((Timestamp) r[0]).toInstant().toString())
                    .add("notice", String.valueOf(r[1]).strip())
                    .add("subject", String.valueOf(r[2]))
                    .add("status", String.valueOf(r[3]).strip())
                    .add("text", SqlText.of(r[4])));
        }
        JsonArrayBuilder received = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery(
                        "SELECT m.sent_at, m.subject, m.body FROM cohort_message m"
                                + " JOIN cohort_message_recipient r ON r.message_id = m.id WHERE r.account_id = ? ORDER BY m.sent_at")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            received.add(Json.createObjectBuilder()
                    .add("sentAt", ((Timestamp) r[0]).toInstant().toString())
                    .add("subject", String.valueOf(r[1]))
                    .add("text", SqlText.of(r[2])));
        }
        JsonArrayBuilder written = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery(
                        "SELECT sent_at, subject FROM cohort_message WHERE author_id = ? ORDER BY sent_at")
                .setParameter(1, accountId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            written.add(Json.createObjectBuilder()
                    .add("sentAt", ((Timestamp) r[0]).toInstant().toString())
                    .add("subject", String.valueOf(r[1])));
        }
        JsonArrayBuilder off = Json.createArrayBuilder();
        em.createNativeQuery("SELECT subscription FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList()
                .forEach(s -> off.add(String.valueOf(s).strip()));
        return Json.createObjectBuilder()
                .add("mails", mails)
                .add("messagesReceived", received)
                .add("messagesWritten", written)
                .add("turnedOff", off)
                .build();
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("DELETE FROM outbox_message WHERE recipient_id = ?"
                        + " OR recipient_email = (SELECT email FROM account WHERE id = ?)")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM cohort_message_recipient WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("UPDATE cohort_message SET author_name = '–' WHERE author_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }
}
