package org.committeeacademy.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.rest.Problems;

/**
 * GET /metrics (Payara Micro's MicroProfile Metrics, served in this application's root context) only for admins
 * (HTTP Basic or a signed-in session) or a scraper with the configured token (ACADEMY_METRICS_TOKEN, sent as
 * {@code Authorization: Bearer <token>}): the figures tell an outsider how busy the server is and what it runs.
 */
@WebFilter(
        urlPatterns = {"/metrics", "/metrics/*"},
        asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.ADMIN_NAME) || hasToken(request)) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null) {
            Problems.writeUnauthorized(response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean hasToken(HttpServletRequest request) {
        Optional<String> token = AcademySettings.current().metricsToken();
        String header = request.getHeader("Authorization");
        if (token.isEmpty() || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8));
    }
}
