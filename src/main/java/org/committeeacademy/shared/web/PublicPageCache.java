package org.committeeacademy.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/**
 * The public pages as a visitor without a session sees them, rendered at most once per {@link #FRESHNESS} and
 * language: when registration opens, hundreds of people load the start page and the catalogue within seconds, and
 * each render costs as much as the rest of the request many times over. The page's CSP script nonce is the only
 * part that differs between two such renders; each answer from the cache gets a fresh one, in the header and in the
 * page alike. Anything else (a session, a query, a cookie being set, another status) is rendered as always.
 */
@WebFilter(urlPatterns = "/*")
public class PublicPageCache extends HttpFilter {

    /** How long a rendering is served; the open cohorts' seat counts lag up to five seconds anyway (CohortCatalogue). */
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    static final Set<String> PAGES =
            Set.of("/", "/index.xhtml", "/catalogue.xhtml", "/glossary.xhtml", "/privacy.xhtml");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,})'");
    private static final int LARGEST_PAGE = 512 * 1024;

    /** A page kept with its text split where the nonce stood, and the headers to send again. */
    record Kept(List<String> parts, List<Map.Entry<String, String>> headers, String contentType, long expires) {

        /** The page with a fresh nonce, or empty when its CSP header names none (nothing to renew). */
        static Optional<Kept> of(CapturedResponse page, long expires) {
            String policy = page.headers().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("Content-Security-Policy"))
                    .map(Map.Entry::getValue)
                    .reduce((first, second) -> second)
                    .orElse("");
            Matcher nonce = NONCE.matcher(policy);
            if (!nonce.find() || !isPlain(nonce.group(1))) {
                return Optional.empty(); // a nonce with + or / also stands JavaScript-escaped in the page
            }
            String text = page.text();
            if (text.length() > LARGEST_PAGE) {
                return Optional.empty();
            }
            List<Map.Entry<String, String>> headers = page.headers().stream()
                    .map(h -> Map.entry(h.getKey(), h.getValue().replace(nonce.group(1), NONCE_MARK)))
                    .toList();
            return Optional.of(new Kept(
                    List.of(text.split(Pattern.quote(nonce.group(1)), -1)), headers, page.getContentType(), expires));
        }

        void sendTo(HttpServletResponse response) throws IOException {
            String nonce = freshNonce();
            for (Map.Entry<String, String> header : headers) {
                response.setHeader(header.getKey(), header.getValue().replace(NONCE_MARK, nonce));
            }
            response.setContentType(contentType);
            byte[] body = String.join(nonce, parts).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static final String NONCE_MARK = "\u0000nonce\u0000";

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = keyOf(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.nanoTime();
        Kept page = kept.get(key.get());
        if (page != null && now - page.expires() < 0) {
            page.sendTo(response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.keepable() && request.getSession(false) == null) {
            Kept.of(captured, now + FRESHNESS.toNanos()).ifPresent(fresh -> kept.put(key.get(), fresh));
        }
        captured.sendTo(response);
    }

    /**
     * What the page depends on for a visitor without a session: its path and the language cookies (see
     * LanguageFilter). Empty when the request may see anything else.
     */
    static Optional<String> keyOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())
                || !PAGES.contains(path)
                || request.getQueryString() != null
                || request.getSession(false) != null
                || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null
                || request.getHeader(StatementCountFilter.ASK) != null) {
            return Optional.empty();
        }
        String language = cookie(request, LanguageFilter.COOKIE);
        String plain = cookie(request, LanguageFilter.PLAIN_COOKIE);
        if (!language.isEmpty() && OfferedLanguages.fromCode(language).isEmpty()
                || !plain.isEmpty() && !"1".equals(plain)) {
            return Optional.empty(); // an odd cookie: rendered as always, not kept under a key of its own
        }
        return Optional.of(path + '|' + language + '|' + plain);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? ""
                : Arrays.stream(cookies)
                        .filter(c -> name.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse("");
    }

    /**
     * As PrimeFaces makes its nonces (it checks the one sent back with a form the same way), but only of letters and
     * digits, which read the same in an attribute and in a script.
     */
    static String freshNonce() {
        while (true) {
            String nonce = Base64.getEncoder()
                    .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            if (isPlain(nonce)) {
                return nonce;
            }
        }
    }

    static boolean isPlain(String nonce) {
        return nonce.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}
