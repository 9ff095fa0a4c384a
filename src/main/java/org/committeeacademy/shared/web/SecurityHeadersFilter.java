package org.committeeacademy.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * Security headers on every response. Pages get their Content-Security-Policy from PrimeFaces (with a fresh script
 * nonce per response, see web.xml); everything else gets a strict one here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final java.util.regex.Pattern STATIC_FILE =
            java.util.regex.Pattern.compile(".*\\.(css|js|png|svg|ico|woff2?|jpg|webp|txt)$");

    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        if (request.isSecure() || behindTls()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (personal(request)) {
            // signed-in pages, the data export and API answers hold personal data: no copy in any cache
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** ACADEMY_PUBLIC_URL is https: a TLS proxy in front, although the request reaches us over plain http. */
    static boolean behindTls() {
        return Tls.BEHIND;
    }

    /** Read once: the public address is a setting of the start (it was read from the configuration per request). */
    private static final class Tls {
        static final boolean BEHIND = AcademySettings.current()
                .publicUrl()
                .map(url -> url.regionMatches(true, 0, "https:", 0, 6))
                .orElse(false);
    }

    private static boolean personal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")
                || STATIC_FILE.matcher(path).matches()) {
            return false;
        }
        return RequestPaths.isApi(request) || request.getUserPrincipal() != null || request.getSession(false) != null;
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.endsWith(".xhtml") || path.endsWith("/");
    }
}
