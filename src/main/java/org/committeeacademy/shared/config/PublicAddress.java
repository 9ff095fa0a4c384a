package org.committeeacademy.shared.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides the address in links people receive (mails, calendar feeds, certificates): never a host
 * taken from the request unless an operator allowed it. In order: ACADEMY_PUBLIC_URL; else the request's host when it
 * is in ACADEMY_ALLOWED_HOSTS; else {@code http://localhost:<the port the server listens on>} (the local demo). A
 * forged {@code Host: evil.example} therefore never ends up in a password-reset link.
 */
public final class PublicAddress {

    /** Without a request (scheduled mails) and without configuration: the port the README's demo runs on. */
    static final String LOCAL_DEFAULT = "http://localhost:8080";

    private PublicAddress() {}

    /** The base address (no trailing slash) for links built while answering this request. */
    public static String of(HttpServletRequest request) {
        AcademySettings settings = AcademySettings.current();
        return of(settings.publicUrl(), settings.allowedHosts(), request);
    }

    /** The base address for links built outside a request. */
    public static String withoutRequest() {
        return AcademySettings.current().publicUrl().orElse(LOCAL_DEFAULT);
    }

    static String of(Optional<String> publicUrl, List<String> allowedHosts, HttpServletRequest request) {
        if (publicUrl.isPresent()) {
            return publicUrl.get();
        }
        String host =
                request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String hostAndPort = host + (defaultPort ? "" : ":" + port);
        if (!host.isEmpty() && (allowedHosts.contains(host) || allowedHosts.contains(hostAndPort))) {
            return scheme + "://" + hostAndPort + request.getContextPath();
        }
        return "http://localhost:" + request.getLocalPort() + request.getContextPath();
    }
}
