package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookRepository;

/**
 * Who registered which webhook address: exported to that person; erased by forgetting the creator, while the
 * endpoint stays with its organisation (deliveries name nobody).
 */
@ApplicationScoped
public class WebhookPersonalData implements PersonalDataSection {

    @Inject
    WebhookRepository webhooks;

    @Override
    public String key() {
        return "webhooks";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(WebhookEndpoint.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder registered = Jsons.createArrayBuilder();
        webhooks.createdBy(accountId)
                .forEach(e -> registered.add(Jsons.createObjectBuilder()
                        .add("id", e.id())
                        .add("url", e.url())
                        .add("createdAt", e.createdAt().toString())));
        return registered.build();
    }

    @Override
    public void erase(long accountId) {
        webhooks.forgetCreator(accountId);
    }
}
