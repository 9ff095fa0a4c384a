package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.MailLinks;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.domain.OutboxRepository;
import org.committeeacademy.notification.domain.Preferences;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Sends a notice to one person: composed in their language and written to the outbox in the caller's transaction, so
 * it goes out only if the change it tells about is committed. Other features call {@link #send(long, Notice, Map)},
 * e.g. {@code send(memberId, Notice.CERTIFICATE_ISSUED, Map.of("cohort", title, "code", code))}; the values each
 * notice needs are listed on {@link Notice}. Optional notices the person turned off are not sent.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @Inject
    AccountRepository accounts;

    @Inject
    Preferences preferences;

    @Inject
    OutboxRepository outbox;

    @Inject
    MailComposer composer;

    @Inject
    SenderOrganisation senders;

    @Inject
    Event<OutboxFilled> filled;

    Clock clock = Clock.systemUTC();

    /** Read at first use, not when the container builds its proxy of this bean. */
    private volatile MailSettings settings;

    /** @return false when the person turned this kind of notice off. */
    public boolean send(long accountId, Notice notice, Map<String, ?> values) {
        return send(accountId, notice, values, About.NOTHING);
    }

    public boolean send(long accountId, Notice notice, Map<String, ?> values, About about) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        return send(Recipient.of(account), notice, values, about);
    }

    public boolean send(Recipient recipient, Notice notice, Map<String, ?> values, About about) {
        return write(recipient, notice, values, about, new Attachment[0]);
    }

    /** With files of the caller's own beside those the notice brings (e.g. the certificate as PDF). */
    public boolean send(Recipient recipient, Notice notice, Map<String, ?> values, About about, Attachment... files) {
        return write(recipient, notice, values, about, files);
    }

    private boolean write(Recipient recipient, Notice notice, Map<String, ?> values, About about, Attachment[] files) {
        if (recipient.accountId() != null
                && notice.subscription()
                        .filter(preferences.optedOut(recipient.accountId())::contains)
                        .isPresent()) {
            return false;
        }
        boolean deliver = settings().delivers();
        Mail mail = composer.compose(
                notice,
                recipient,
                MailValues.in(recipient.language(), linked(notice, values, about, PublicAddress::withoutRequest)),
                about);
        for (Attachment file : files) {
            mail = mail.withAttachment(file);
        }
        Optional<Organisation> sender = senders == null ? Optional.empty() : senders.of(about);
        if (sender.isPresent()) {
            mail = senders.signed(mail, sender.get(), recipient.language());
        }
        OutboxMessage message = new OutboxMessage(
                recipient.accountId(), recipient.email(), recipient.language(), notice, mail, deliver, clock.instant());
        message.sentFor(sender.map(Organisation::id).orElse(null));
        outbox.add(message);
        if (deliver) {
            filled.fire(new OutboxFilled());
        }
        return true;
    }

    /**
     * The values with the link to the page the mail is about, on the public address (asked only when needed), unless
     * the sender gave one (see {@link MailLinks}).
     */
    static Map<String, ?> linked(Notice notice, Map<String, ?> values, About about, Supplier<String> publicAddress) {
        if (values.containsKey("link") || !notice.placeholders().contains("link")) {
            return values;
        }
        Map<String, Object> all = new LinkedHashMap<>(values);
        MailLinks.page(notice, about == null ? null : about.cohortId())
                .ifPresent(page -> all.put("link", publicAddress.get() + page));
        return all;
    }

    private MailSettings settings() {
        if (settings == null) {
            settings = MailSettings.current();
        }
        return settings;
    }
}
