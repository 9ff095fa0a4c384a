package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The admin's outbox pages, read over HTTP as the logged-in admin. */
final class OutboxPages {

    private static final Pattern MAIL_ID = Pattern.compile("data-mail=\"(\\d+)\"");

    private final Http http;

    private OutboxPages(Http http) {
        this.http = http;
    }

    static OutboxPages asAdmin(URI base) {
        Http http = new Http(base);
        http.formLogin("admin@example.org", NotificationsIT.DEMO_PASSWORD);
        return new OutboxPages(http);
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    /**
     * Waits for n mails to someone. They are written right after the change commits, on another thread, in the order
     * of the changes: behind a backlog (an earlier test enrols 400 members at once) they can take a while, and a
     * change the prompt run missed is mailed by the minute tick — so up to 90 s.
     */
    List<Long> awaitMails(String email, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        List<Long> found = List.of();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = http.get("/admin/outbox.xhtml?recipient=" + email);
            assertEquals(200, page.statusCode(), page.body());
            found = ids(page.body());
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("expected " + count + " mails to " + email + ", found " + found.size());
    }

    /** One mail's page. */
    String mail(long id) {
        HttpResponse<String> page = http.get("/admin/outbox-message.xhtml?id=" + id);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** Another page of the list, as the table's paginator asks for it (an Ajax request of PrimeFaces). */
    List<Long> page(String listPage, String path, int first, int rows) {
        HttpResponse<String> answer = http.submit(
                listPage,
                path,
                Map.of(
                        "jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "list:mails",
                        "jakarta.faces.partial.execute", "list:mails",
                        "jakarta.faces.partial.render", "list:mails",
                        "list:mails_pagination", "true",
                        "list:mails_first", String.valueOf(first),
                        "list:mails_rows", String.valueOf(rows),
                        "list:mails_encodeFeature", "true",
                        "list", "list"));
        assertEquals(200, answer.statusCode(), answer.body());
        List<Long> ids = ids(answer.body());
        if (ids.isEmpty()) {
            throw new AssertionError("no mails in the answer: " + answer.body());
        }
        return ids;
    }

    static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = MAIL_ID.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
