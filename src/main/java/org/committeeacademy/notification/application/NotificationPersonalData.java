package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.persistence.JpaNotificationPersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The mails written to a person, the group messages they received or wrote, and the notifications they turned off.
 * Erasure deletes their mails and choices and the record of which messages reached them; a message they wrote to a
 * group stays (its readers received it) but no longer names them.
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSection {

    @Inject
    JpaNotificationPersonalData data;

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
        JsonArrayBuilder mails = Jsons.createArrayBuilder();
        for (JpaNotificationPersonalData.Mail m : data.mailsTo(accountId)) {
            mails.add(Jsons.createObjectBuilder()
                    .add("createdAt", m.createdAt().toString())
                    .add("notice", m.notice())
                    .add("subject", m.subject())
                    .add("status", m.status())
                    .add("text", m.text()));
        }
        JsonArrayBuilder received = Jsons.createArrayBuilder();
        for (JpaNotificationPersonalData.Message m : data.messagesReceivedBy(accountId)) {
            received.add(Jsons.createObjectBuilder()
                    .add("sentAt", m.sentAt().toString())
                    .add("subject", m.subject())
                    .add("text", m.text()));
        }
        JsonArrayBuilder written = Jsons.createArrayBuilder();
        for (JpaNotificationPersonalData.Message m : data.messagesWrittenBy(accountId)) {
            written.add(Jsons.createObjectBuilder()
                    .add("sentAt", m.sentAt().toString())
                    .add("subject", m.subject()));
        }
        JsonArrayBuilder off = Jsons.createArrayBuilder(data.turnedOffBy(accountId));
        return Jsons.createObjectBuilder()
                .add("mails", mails)
                .add("messagesReceived", received)
                .add("messagesWritten", written)
                .add("turnedOff", off)
                .build();
    }

    @Override
    public void erase(long accountId) {
        data.deleteMailsTo(accountId);
        data.deleteChoicesOf(accountId);
        data.deleteReceiptsOf(accountId);
        data.unnameAuthor(accountId);
    }
}
