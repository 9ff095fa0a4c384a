package org.committeeacademy.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is served under, as the container mapped it: decoded, normalised, without path parameters.
 * Decisions such as "this is an API call" are taken on it, never on the raw URI, where {@code /api;x/v1/…} or
 * {@code /%61pi/v1/…} would not start with {@code /api/} and yet reach the API.
 */
public final class RequestPaths {

    private RequestPaths() {}

    public static String normalised(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    /** Whether the request is for the REST API (anything the JAX-RS servlet at /api/* serves). */
    public static boolean isApi(HttpServletRequest request) {
        String path = normalised(request);
        return path.equals("/api") || path.startsWith("/api/");
    }
}
