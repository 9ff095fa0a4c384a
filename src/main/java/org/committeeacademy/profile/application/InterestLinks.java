package org.committeeacademy.profile.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.committeeacademy.shared.config.PublicAddress;

/** The addresses in interest mails: absolute, since they are read outside the application. */
final class InterestLinks {

    private InterestLinks() {}

    static String confirm(String token) {
        return base() + "/interest-confirm.xhtml?token=" + encode(token);
    }

    static String unsubscribe(String token) {
        return base() + "/interest-confirm.xhtml?unsubscribe=true&token=" + encode(token);
    }

    static String cohort(long cohortId) {
        return base() + "/cohort.xhtml?id=" + cohortId;
    }

    private static String base() {
        return PublicAddress.withoutRequest();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
