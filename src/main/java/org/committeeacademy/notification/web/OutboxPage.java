package org.committeeacademy.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.committeeacademy.notification.application.OutboxQueries;
import org.committeeacademy.notification.application.OutboxRow;
import org.committeeacademy.notification.domain.DeliveryStatus;
import org.committeeacademy.notification.domain.OutboxFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admin's outbox: every mail, newest first, one page at a time, optionally only those in one status. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    @Inject
    OutboxQueries queries;

    private String status;
    private String recipient;
    private LazyDataModel<OutboxRow> mails;

    @PostConstruct
    void init() {
        mails = new Mails(queries, this);
    }

    public List<String> getStatuses() {
        return Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList();
    }

    OutboxFilter filter() {
        return new OutboxFilter(
                Arrays.stream(DeliveryStatus.values())
                        .filter(s -> s.name().equals(status))
                        .findFirst()
                        .orElse(null),
                recipient);
    }

    public LazyDataModel<OutboxRow> getMails() {
        return mails;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    private static final class Mails extends LazyDataModel<OutboxRow> {

        /** A CDI client proxy, which serializes with the view. */
        private final OutboxQueries queries;

        private final OutboxPage page;

        Mails(OutboxQueries queries, OutboxPage page) {
            this.queries = queries;
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(page.filter());
        }

        @Override
        public List<OutboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.page(page.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(OutboxRow row) {
            return Long.toString(row.id());
        }

        @Override
        public OutboxRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(r -> Long.toString(r.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
