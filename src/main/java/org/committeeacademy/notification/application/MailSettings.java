package org.committeeacademy.notification.application;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail server (ACADEMY_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _STARTTLS) and the reminder lead time
 * (ACADEMY_REMINDER_HOURS), from MicroProfile Config like the other ACADEMY_* settings. Without a host, mail is only
 * kept in the outbox. The password never appears in {@link #toString()} or in any log.
 */
public record MailSettings(
        Optional<String> host,
        int port,
        Optional<String> user,
        Optional<String> password,
        String from,
        boolean startTls,
        int reminderHours) {

    public static MailSettings current() {
        Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
        return new MailSettings(
                nonBlank(config, "academy.smtp.host"),
                config.getOptionalValue("academy.smtp.port", Integer.class).orElse(25),
                nonBlank(config, "academy.smtp.user"),
                nonBlank(config, "academy.smtp.password"),
                nonBlank(config, "academy.smtp.from").orElse("Committee Academy <no-reply@committee-academy.invalid>"),
                config.getOptionalValue("academy.smtp.starttls", Boolean.class).orElse(false),
                Math.max(
                        1,
                        config.getOptionalValue("academy.reminder.hours", Integer.class)
                                .orElse(48)));
    }

    /** True when mail is really sent; otherwise it stays in the outbox. */
    public boolean delivers() {
        return host.isPresent();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("(none: outbox only)") + ", port=" + port + ", user="
                + user.orElse("(none)") + ", password=" + (password.isPresent() ? "(set)" : "(none)") + ", from="
                + from + ", startTls=" + startTls + ", reminderHours=" + reminderHours + "]";
    }

    private static Optional<String> nonBlank(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
