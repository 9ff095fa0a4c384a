package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.OutboxFilter;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.domain.OutboxRepository;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.Page;

/** What admins read in the outbox: what was (or would have been) sent, and how delivery went. */
@ApplicationScoped
@Transactional
public class OutboxQueries {

    @Inject
    OutboxRepository outbox;

    @Inject
    CurrentUser currentUser;

    public List<OutboxRow> page(OutboxFilter filter, int first, int size) {
        requireAdmin();
        return outbox.page(filter, first, size).stream().map(OutboxRow::of).toList();
    }

    public long count(OutboxFilter filter) {
        requireAdmin();
        return outbox.count(filter);
    }

    /** The newest mails that match, with their text bodies (links' secrets are blanked once a mail is sent). */
    public List<OutboxMessageView> newest(OutboxFilter filter, int limit) {
        requireAdmin();
        return outbox.page(filter, 0, limit).stream().map(OutboxQueries::view).toList();
    }

    /** One page of the mails that match, newest first, and how many match, read in one transaction. */
    public Page<OutboxMessageView> newest(OutboxFilter filter, int first, int size) {
        requireAdmin();
        List<OutboxMessageView> rows = outbox.page(filter, first, size).stream()
                .map(OutboxQueries::view)
                .toList();
        return new Page<>(outbox.count(filter), rows);
    }

    public OutboxMessageView message(long id) {
        requireAdmin();
        return view(outbox.find(id).orElseThrow(() -> new NotFoundException("mail " + id)));
    }

    private static OutboxMessageView view(OutboxMessage m) {
        return new OutboxMessageView(
                OutboxRow.of(m),
                m.language().code(),
                m.mail().text(),
                m.mail().html(),
                m.mail().attachments().stream().map(Attachment::fileName).toList());
    }

    private void requireAdmin() {
        currentUser.requireAnyRole(Role.ADMIN);
    }
}
