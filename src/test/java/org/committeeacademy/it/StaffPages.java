package org.committeeacademy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages staff may open (under /staff, /team and /admin) that take the id of an object in their address, read from
 * the pages' own {@code f:viewParam}s; filters of lists (series, period, status) are no ids. Two beans read their id
 * from the address themselves and are named here.
 */
final class StaffPages {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"([a-zA-Z]+)\"");
    /** The kind of object an id parameter names, where the name alone does not say it. */
    private static final Map<String, String> ID_ON_PAGE = Map.of(
            "/staff/cohort.xhtml", "cohorts",
            "/staff/cohort-exchange.xhtml", "cohorts",
            "/team/roster.xhtml", "cohorts",
            "/team/worksheet-review.xhtml", "worksheets",
            "/admin/outbox-message.xhtml", "outbox");

    private static final Map<String, String> KIND_OF_PARAMETER =
            Map.of("cohort", "cohorts", "session", "sessions", "venue", "venues");
    /** List pages whose parameter filters the list (a foreign value shows nothing): checked by the list test. */
    private static final List<String> FILTERS = List.of("/staff/cohorts.xhtml", "/staff/dashboard.xhtml");
    /** Admin-only pages: staff get 403 there before any id is read. */
    private static final List<String> ADMIN_ONLY = List.of("/admin/outbox-message.xhtml", "/admin/outbox.xhtml");

    record Page(String path, String parameter, String kind) {

        String address(OrganisationObjects objects) {
            return path + "?" + parameter + "=" + objects.id(kind);
        }
    }

    private StaffPages() {}

    static List<Page> withIds() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("/staff/venue.xhtml", "id", "venues"));
        pages.add(new Page("/staff/calendar.xhtml", "venue", "venues"));
        pages.add(new Page("/project/project.xhtml", "id", "projects"));
        pages.add(new Page("/project/edit.xhtml", "id", "projects"));
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String path = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
                if (!(path.startsWith("/staff/") || path.startsWith("/team/") || path.startsWith("/admin/"))
                        || FILTERS.contains(path)
                        || ADMIN_ONLY.contains(path)) {
                    continue;
                }
                Matcher m = VIEW_PARAM.matcher(Files.readString(file));
                while (m.find()) {
                    String parameter = m.group(1);
                    String kind = parameter.equals("id") ? ID_ON_PAGE.get(path) : KIND_OF_PARAMETER.get(parameter);
                    if (kind == null) {
                        throw new AssertionError("Which object does ?" + parameter + "= on " + path
                                + " name? Add it to StaffPages, or list the page as a filter.");
                    }
                    pages.add(new Page(path, parameter, kind));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
