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
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Uniform paging for every list the API answers, in one place: each {@code GET} whose body is a JSON array carries
 * {@code X-Total-Count}; with {@code ?page=} (from 1) and/or {@code ?size=} (1–{@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}) it answers that page of the list, in the list's documented order, with RFC 8288
 * {@code Link} headers (first, prev, next, last) on the configured public address, never the request's Host. Without
 * either parameter the whole list comes back, as first-wave clients expect. Bad values answer 400 naming the field.
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

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !(response.getEntity() instanceof List<?> list)) {
            return;
        }
        int total = list.size();
        response.getHeaders().putSingle(TOTAL, String.valueOf(total));
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.getFirst("page") == null && query.getFirst("size") == null) {
            return;
        }
        int page = number(query.getFirst("page"), "page", 1, Integer.MAX_VALUE, "api.page.invalid");
        int size = query.getFirst("size") == null
                ? DEFAULT_SIZE
                : number(query.getFirst("size"), "size", 1, MAX_SIZE, "api.size.invalid");
        long from = Math.min((long) (page - 1) * size, total);
        int to = (int) Math.min(from + size, total);
        response.setEntity(
                new ArrayList<>(list.subList((int) from, to)),
                response.getEntityAnnotations(),
                response.getMediaType());
        int last = Math.max(1, (total + size - 1) / size);
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
