package org.committeeacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.identity.application.ApiTokens;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** The person's API tokens on the profile page: list, create (the secret shown once), revoke. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    /** A token as the page lists it. */
    public record Row(
            long id, String name, java.time.Instant created, java.time.Instant expires, java.time.Instant lastUsed)
            implements Serializable {}

    @Inject
    ApiTokens tokens;

    @Inject
    PageMessages messages;

    private String name;
    private Integer days = 90;
    /** The secret just created, shown once; gone with the view. */
    private String created;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = tokens.mine().stream()
                    .map(t -> new Row(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt()))
                    .toList();
        }
        return rows;
    }

    public void create() {
        created = messages.result(
                        () -> tokens.create(name, days),
                        Refusals.fieldsAt("apiTokens:").conflictsAt("apiTokens:name"))
                .map(ApiToken.Issued::secret)
                .orElse(null);
        if (created != null) {
            name = null;
            days = 90;
            rows = null;
        }
    }

    public void revoke(long id) {
        if (messages.attempt(() -> tokens.revoke(id), Refusals.onPage().gone("apiToken.gone"))) {
            messages.info("apiToken.revoked");
        }
        created = null;
        rows = null;
    }

    public int getMaxDays() {
        return ApiToken.MAX_DAYS;
    }

    public String getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
