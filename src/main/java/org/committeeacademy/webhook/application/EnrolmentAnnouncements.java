package org.committeeacademy.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentChangeFeed;
import org.committeeacademy.enrolment.domain.EnrolmentChangeFeed.Fact;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.webhook.domain.WebhookEndpoint;
import org.committeeacademy.webhook.domain.WebhookEventType;
import org.committeeacademy.webhook.domain.WebhookRepository;

/**
 * Enrolment events come from enrolment's recorded changes (every change of every enrolment is one, whichever way it
 * was made: self-service, staff, the waiting list moving up, a move): the job reads those after the cursor, queues
 * them as webhook deliveries and moves the cursor, all in one transaction, so each change is announced once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EnrolmentAnnouncements {

    static final String SOURCE = "enrolment";
    private static final int BATCH = 500;

    @Inject
    WebhookRepository webhooks;

    @Inject
    EnrolmentChangeFeed feed;

    @Inject
    WebhookEvents events;

    /** @return how many changes were looked at */
    public int collect() {
        Optional<Long> cursor = webhooks.cursor(SOURCE);
        if (cursor.isEmpty()) {
            webhooks.moveCursor(SOURCE, feed.lastId());
            return 0;
        }
        List<Fact> facts = feed.after(cursor.get(), BATCH);
        // per organisation (null: installation-wide only), read once for the batch
        Map<Long, List<WebhookEndpoint>> listening = new HashMap<>();
        for (Fact fact : facts) {
            type(fact)
                    .ifPresent(type -> events.publish(
                            listening.computeIfAbsent(fact.organisationId(), webhooks::listening),
                            type,
                            fact.organisationId(),
                            Jsons.createObjectBuilder()
                                    .add("enrolmentId", fact.enrolmentId())
                                    .add("cohortId", fact.cohortId())
                                    .add("memberId", fact.memberId())
                                    .add("status", fact.to().name())
                                    .add(
                                            "previousStatus",
                                            fact.from() == null
                                                    ? ""
                                                    : fact.from().name())
                                    .add("cause", fact.cause().name())
                                    .build(),
                            fact.at()));
        }
        if (!facts.isEmpty()) {
            webhooks.moveCursor(SOURCE, facts.get(facts.size() - 1).changeId());
        }
        return facts.size();
    }

    /** Which webhook event a recorded change is, if any (an offer made or expired is none of them). */
    static Optional<WebhookEventType> type(Fact fact) {
        ChangeCause cause = fact.cause();
        if (cause == ChangeCause.MOVED_IN || cause == ChangeCause.MOVED_OUT) {
            return Optional.of(WebhookEventType.ENROLMENT_MOVED);
        }
        if (cause == ChangeCause.ENROLLED || cause == ChangeCause.ENROLLED_BY_STAFF) {
            return Optional.of(WebhookEventType.ENROLMENT_CREATED);
        }
        if (fact.to() == EnrolmentStatus.CONFIRMED) {
            return Optional.of(WebhookEventType.ENROLMENT_CONFIRMED);
        }
        if (fact.to() == EnrolmentStatus.CANCELLED || fact.to() == EnrolmentStatus.DECLINED) {
            return Optional.of(WebhookEventType.ENROLMENT_CANCELLED);
        }
        return Optional.empty();
    }
}
