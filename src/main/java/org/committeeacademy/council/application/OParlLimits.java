package org.committeeacademy.council.application;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the OParl client allows itself for one sync: timeouts per request, the largest answer, the most pages of one
 * list, the most objects in all, and whether local addresses and http are allowed. Read from MicroProfile Config
 * (ACADEMY_OPARL_ALLOW_LOCAL, ACADEMY_OPARL_TIMEOUT_SECONDS, ACADEMY_OPARL_MAX_BYTES, ACADEMY_OPARL_MAX_PAGES,
 * ACADEMY_OPARL_MAX_OBJECTS; see docs/configuration.md).
 */
public record OParlLimits(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxPages,
        int maxObjects,
        boolean allowLocal) {

    public static OParlLimits fromSettings() {
        Config config = ConfigProvider.getConfig(OParlLimits.class.getClassLoader());
        int timeout = Math.max(1, number(config, "academy.oparl.timeout-seconds", 30));
        return new OParlLimits(
                Duration.ofSeconds(Math.min(timeout, 10)),
                Duration.ofSeconds(timeout),
                Math.max(1024, (long) number(config, "academy.oparl.max-bytes", 10 * 1024 * 1024)),
                Math.max(1, number(config, "academy.oparl.max-pages", 500)),
                Math.max(1, number(config, "academy.oparl.max-objects", 50_000)),
                config.getOptionalValue("academy.oparl.allow-local", Boolean.class)
                        .orElse(false));
    }

    /** Days before a meeting by which motions are due (ACADEMY_OPARL_MOTION_DEADLINE_DAYS), unless a committee sets its own. */
    public static java.util.Optional<Integer> motionDeadlineDays() {
        return ConfigProvider.getConfig(OParlLimits.class.getClassLoader())
                .getOptionalValue("academy.oparl.motion-deadline-days", Integer.class)
                .filter(days -> days >= 0);
    }

    private static int number(Config config, String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }
}
