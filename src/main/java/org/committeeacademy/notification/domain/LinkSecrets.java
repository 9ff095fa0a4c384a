package org.committeeacademy.notification.domain;

import java.util.regex.Pattern;

/**
 * Secrets in the links of a mail (password reset, invitation, interest confirmation: every one is a {@code token=}
 * parameter). Once the mail has left, the outbox keeps it with the secrets blanked, so that nobody who reads the outbox
 * (admins, a database copy, a backup) can use a link meant for someone else. Only a hash of each secret is stored
 * elsewhere.
 */
public final class LinkSecrets {

    /** What stands in a sent mail where the secret was. */
    public static final String BLANKED = "REMOVED-AFTER-SENDING";

    private static final Pattern SECRET = Pattern.compile("(?i)\\b(token=)[^\\s&\"'<>]+");

    private LinkSecrets() {}

    public static String blank(String body) {
        return body == null ? null : SECRET.matcher(body).replaceAll("$1" + BLANKED);
    }
}
