package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.shared.persistence.SqlText;

/** The queries behind the notification feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaNotificationPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaNotificationPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaNotificationPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Mail> mailsTo(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT created_at, notice, subject, status, text_body FROM outbox_message"
                        + " WHERE recipient_id = ? ORDER BY created_at")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Mail(
                        ((Timestamp) r[0]).toInstant(),
                        String.valueOf(r[1]).strip(),
                        String.valueOf(r[2]),
                        String.valueOf(r[3]).strip(),
                        SqlText.of(r[4])))
                .toList();
    }

    public List<Message> messagesReceivedBy(long accountId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT m.sent_at, m.subject, m.body FROM cohort_message m"
                                + " JOIN cohort_message_recipient r ON r.message_id = m.id WHERE r.account_id = ? ORDER BY m.sent_at")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Message(((Timestamp) r[0]).toInstant(), String.valueOf(r[1]), SqlText.of(r[2])))
                .toList();
    }

    /** The group messages the person wrote, without their text. */
    public List<Message> messagesWrittenBy(long accountId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT sent_at, subject FROM cohort_message WHERE author_id = ? ORDER BY sent_at")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Message(((Timestamp) r[0]).toInstant(), String.valueOf(r[1]), null))
                .toList();
    }

    /** The names of the subscriptions the person turned off. */
    public List<String> turnedOffBy(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT subscription FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream().map(s -> String.valueOf(s).strip()).toList();
    }

    /** Mails to the account, also those that were only addressed to its e-mail address. */
    public void deleteMailsTo(long accountId) {
        em.createNativeQuery("DELETE FROM outbox_message WHERE recipient_id = ?"
                        + " OR recipient_email = (SELECT email FROM account WHERE id = ?)")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .executeUpdate();
    }

    public void deleteChoicesOf(long accountId) {
        em.createNativeQuery("DELETE FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    public void deleteReceiptsOf(long accountId) {
        em.createNativeQuery("DELETE FROM cohort_message_recipient WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    public void unnameAuthor(long accountId) {
        em.createNativeQuery("UPDATE cohort_message SET author_name = '–' WHERE author_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    public record Mail(Instant createdAt, String notice, String subject, String status, String text) {}

    public record Message(Instant sentAt, String subject, String text) {}
}
