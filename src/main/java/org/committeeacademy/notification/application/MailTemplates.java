package org.committeeacademy.notification.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.TemplateText;
import org.committeeacademy.shared.domain.Language;

/**
 * The mail templates shipped with the application: {@code templates/<notice>.<language>.txt}, whose first line is
 * {@code Subject: ...}, and the matching {@code .html} body. They are files of the application only, never text
 * someone edited in it. A language without its own templates gets the English ones, then the German ones.
 */
public class MailTemplates {

    private static final String FOLDER = "/org/committeeacademy/notification/templates/";
    private static final String SUBJECT = "Subject: ";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Mail render(Notice notice, Language wanted, Map<String, String> values) {
        Language language = wanted.fallbacks().stream()
                .filter(l -> exists(notice.templateName() + "." + l.code() + ".txt"))
                .findFirst()
                .orElse(Language.defaultLanguage());
        String base = notice.templateName() + "." + language.code();
        String text = file(base + ".txt");
        int firstBreak = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || firstBreak < 0) {
            throw new IllegalStateException("template " + base + ".txt must start with a subject line");
        }
        Map<String, String> oneLine = new HashMap<>(values);
        oneLine.replaceAll((k, v) -> v.replaceAll("[\\r\\n]+", " "));
        String subject = new TemplateText(text.substring(SUBJECT.length(), firstBreak)).plain(oneLine);
        String body = new TemplateText(text.substring(firstBreak + 1).stripLeading()).plain(values);
        String html = page(new TemplateText(file(base + ".html")).html(values), language);
        return new Mail(subject.strip(), body, html, List.of());
    }

    private static String page(String body, Language language) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.direction()
                + "\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5\">\n" + body + "</body></html>\n";
    }

    private static boolean exists(String name) {
        return MailTemplates.class.getResource(FOLDER + name) != null;
    }

    private String file(String name) {
        return cache.computeIfAbsent(name, MailTemplates::read);
    }

    private static String read(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing mail template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
