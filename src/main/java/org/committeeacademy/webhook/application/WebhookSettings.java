package org.committeeacademy.webhook.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.committeeacademy.webhook.domain.WebhookDelivery;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The waits between attempts: ACADEMY_WEBHOOK_BACK_OFF_SECONDS (comma-separated seconds; the container tests use
 * seconds), by default 1 min, 5 min, 30 min, 2 h, 12 h, then failed. Timeouts per attempt: 5 s to connect, 10 s for
 * the answer.
 */
final class WebhookSettings {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private WebhookSettings() {}

    static List<Duration> backOff() {
        return ConfigProvider.getConfig(WebhookSettings.class.getClassLoader())
                .getOptionalValue("academy.webhook.back-off-seconds", String.class)
                .map(WebhookSettings::seconds)
                .filter(list -> !list.isEmpty())
                .orElse(WebhookDelivery.BACK_OFF);
    }

    static List<Duration> seconds(String list) {
        try {
            return Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> Duration.ofSeconds(Math.max(1, Long.parseLong(s))))
                    .toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }
}
