package org.committeeacademy.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.Page;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Uniform paging for every list the API answers, in one place: each {@code GET} whose body is a JSON array carries
 * {@code X-Total-Count}; with {@code ?page=} (from 1) and/or {@code ?size=} (1–{@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}) it answers that page of the list, in the list's documented order, with RFC 8288
 * {@code Link} headers (first, prev, next, last) on the configured public address, never the request's Host. Without
 * either parameter the whole list comes back, as first-wave clients expect. Bad values answer 400 naming the field.
 *
 * <p>A list that can grow large is paged in the database: its resource asks {@link #requested} for the window, reads
 * those rows (in a stable order) and their count, and answers a {@link Page}, whose total this filter puts in the
 * headers without cutting it again: accounts ({@code GET /accounts}), invitations ({@code GET /invitations}) and the
 * admins' outbox ({@code GET /admin/outbox}), which grow with every person, import and mail. Every other list is
 * answered whole and cut here, in memory, as it is small by nature: a person's own lists ({@code /me/...}), one
 * cohort's sessions, materials and attendance, one committee's coming meetings and its papers (at most 20),
 * organisations, venues, committees, API tokens, pending registrations, webhooks and their latest deliveries (at
 * most 100), backups (a retention count), projects (a few per committee); and the open cohorts, because their
 * filters (status, first session, city) are computed from seats and sessions and the catalogue holds only the cohorts
 * on offer.
 */
@Provider
public class ListPages implements ContainerRequestFilter, ContainerResponseFilter {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final String TOTAL = "X-Total-Count";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod())) {
            MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
            number(query.getFirst("page"), "page", 1, Integer.MAX_VALUE, "api.page.invalid");
            number(query.getFirst("size"), "size", 1, MAX_SIZE, "api.size.invalid");
        }
    }

    /** The rows a request asks for: from {@link #first()}, at most {@code size}; {@code page} counts from 1. */
    public record Window(int page, int size) {

        public int first() {
            return (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
        }
    }

    /**
     * The page a {@code GET} asks for with {@code ?page=} and/or {@code ?size=}, or empty when it asks for the whole
     * list: a resource whose list can grow large reads just these rows and their count and answers a {@link Page}.
     * (The values were checked by the request filter already.)
     */
    public static Optional<Window> requested(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (query.getFirst("page") == null && query.getFirst("size") == null) {
            return Optional.empty();
        }
        int page = number(query.getFirst("page"), "page", 1, Integer.MAX_VALUE, "api.page.invalid");
        int size = query.getFirst("size") == null
                ? DEFAULT_SIZE
                : number(query.getFirst("size"), "size", 1, MAX_SIZE, "api.size.invalid");
        return Optional.of(new Window(page, size));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !(response.getEntity() instanceof List<?> list)) {
            return;
        }
        long total = list instanceof Page<?> page ? page.total() : list.size();
        response.getHeaders().putSingle(TOTAL, String.valueOf(total));
        Optional<Window> window = requested(request.getUriInfo());
        if (window.isEmpty()) {
            return;
        }
        int page = window.get().page();
        int size = window.get().size();
        if (!(list instanceof Page<?>)) { // a small list the resource answered whole: cut the page here
            int from = (int) Math.min(window.get().first(), total);
            int to = (int) Math.min((long) from + size, total);
            response.setEntity(
                    new ArrayList<>(list.subList(from, to)), response.getEntityAnnotations(), response.getMediaType());
        }
        int last = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
        UriBuilder here = UriBuilder.fromUri(PublicAddress.of(servletRequest))
                .path(request.getUriInfo().getRequestUri().getRawPath())
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery())
                .replaceQueryParam("size", size);
        List<String> links = new ArrayList<>();
        links.add(link(here, 1, "first"));
        if (page > 1) {
            links.add(link(here, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(here, page + 1, "next"));
        }
        links.add(link(here, last, "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriBuilder here, int page, String relation) {
        return "<" + here.clone().replaceQueryParam("page", page).build() + ">; rel=\"" + relation + "\"";
    }

    /** The parameter's value, or {@code min} when it is absent; outside min..max or no number: 400 on the field. */
    private static int number(String text, String field, int min, int max, String messageKey) {
        if (text == null) {
            return min;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw new ValidationException(field, messageKey);
    }
}
