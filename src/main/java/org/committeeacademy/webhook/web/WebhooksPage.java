package org.committeeacademy.webhook.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.webhook.application.WebhookSender;
import org.committeeacademy.webhook.application.Webhooks;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookEventType;

/**
 * "Webhooks" (staff/webhooks.xhtml): the organisation's endpoints, a new one (its secret shown once), a test event,
 * removing one (after a confirmation), and the deliveries of one with their outcome.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    /** One endpoint as the table shows it. */
    public record Row(long id, String url, String events, String scope) implements Serializable {}

    /** One delivery as the table shows it. */
    public record DeliveryRow(
            long id, String event, String status, int attempts, String statusCode, String lastAttempt, String next)
            implements Serializable {}

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private String url;
    private List<String> events = new ArrayList<>(subscribable());
    private Long organisationId;
    private String newSecret;
    private Row selected;
    private List<Row> rows;
    private Map<Long, String> organisationNames = Map.of();

    @PostConstruct
    void init() {
        organisationNames = organisations.active().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        if (!isAdmin()) {
            organisationId = currentUser.require().organisationId();
        }
    }

    public void register() {
        messages.result(() -> webhooks.register(url, events, organisationId), Refusals.fieldsAt("newWebhook:"))
                .ifPresent(registered -> {
                    newSecret = registered.secret();
                    url = null;
                    rows = null;
                    messages.info("webhooks.created");
                });
    }

    public void test(Row row) {
        long delivery = webhooks.queueTest(row.id()).id();
        boolean taken = sender.attempt(delivery).orElse(false);
        messages.info(taken ? "webhooks.test.delivered" : "webhooks.test.failed");
        selected = row;
    }

    public void delete(Row row) {
        if (messages.attempt(() -> webhooks.delete(row.id()), Refusals.onPage().gone("webhooks.gone"))) {
            messages.info("webhooks.deleted", row.url());
            if (selected != null && selected.id() == row.id()) {
                selected = null;
            }
            rows = null;
        }
    }

    public void show(Row row) {
        selected = row;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = webhooks.all().stream().map(this::row).toList();
        }
        return rows;
    }

    private Row row(WebhookEndpoint e) {
        String events = e.eventTypes().stream().map(WebhookEventType::wireName).collect(Collectors.joining(", "));
        String scope = e.organisationId() == null
                ? messages.text("webhooks.scope.installation")
                : organisationNames.getOrDefault(e.organisationId(), String.valueOf(e.organisationId()));
        return new Row(e.id(), e.url(), events, scope);
    }

    public List<DeliveryRow> getDeliveries() {
        if (selected == null) {
            return List.of();
        }
        try {
            return webhooks.deliveries(selected.id()).stream()
                    .map(this::deliveryRow)
                    .toList();
        } catch (NotFoundException e) {
            selected = null;
            return List.of();
        }
    }

    private DeliveryRow deliveryRow(WebhookDelivery d) {
        return new DeliveryRow(
                d.id(),
                d.eventType(),
                d.status().name(),
                d.attempts(),
                d.lastStatusCode() == null
                        ? (d.lastError() == null ? "–" : d.lastError())
                        : d.lastStatusCode().toString(),
                time(d.lastAttemptAt()),
                time(d.nextAttemptAt()));
    }

    private String time(Instant at) {
        return LocalFormats.of(language.current()).dateTime(at);
    }

    public List<String> getSubscribable() {
        return subscribable();
    }

    private static List<String> subscribable() {
        return WebhookEventType.subscribable().stream()
                .map(WebhookEventType::wireName)
                .toList();
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public Map<Long, String> getOrganisationNames() {
        return organisationNames;
    }

    public Row getSelected() {
        return selected;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public void forgetSecret() {
        newSecret = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
