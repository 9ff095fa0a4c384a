package org.committeeacademy.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.shared.application.LanguageMemory;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/**
 * Decides each page's language: a choice made with {@code ?lang=} (remembered in a cookie and the session; stored on the
 * account only when a signed-in person sends the switch's form, a POST answered with a redirect), else the logged-in
 * person's language, else the cookie, else German. Anonymous visitors get no session. {@code ?lang=de-plain} chooses
 * German in plain language (Einfache Sprache): German, with the texts that have a plain version in it; that choice is
 * kept in its own cookie and, for a signed-in person who chose it in the switch or on the profile, on the account
 * (German with a plain flag), which sign-in on any device puts into the session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String SESSION_LANGUAGE = "academy.language";
    static final String SESSION_PLAIN = "academy.language.plain";
    static final String COOKIE = "academy-lang";
    static final String PLAIN_COOKIE = "academy-plain";
    /** The code of German in plain language in the language switch. */
    public static final String PLAIN_GERMAN = "de-plain";

    /** Added to the query of the language switch's form (see LanguagePreference#switchForm). */
    public static final String SWITCH_FORM = "language-switch=post";

    @Inject
    LanguageMemory memory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String code = request.getParameter("lang");
        boolean plainChosen = PLAIN_GERMAN.equals(code);
        Optional<Language> chosen = plainChosen ? Optional.of(Language.DE) : OfferedLanguages.fromCode(code);
        HttpSession session = request.getSession(false);
        boolean loggedIn = request.getUserPrincipal() != null;
        boolean switchForm = "POST".equals(request.getMethod()) && isSwitchForm(request.getQueryString());
        if (chosen.isPresent()) {
            remember(response, chosen.get());
            response.addCookie(plainCookie(plainChosen));
            if (loggedIn && session != null) {
                session.setAttribute(SESSION_LANGUAGE, chosen.get());
                session.setAttribute(SESSION_PLAIN, plainChosen);
                if (switchForm) {
                    // only the switch's form (a POST) stores the choice on the account: a GET changes no state
                    memory.rememberForCurrentAccount(chosen.get(), plainChosen);
                }
            }
        }
        if (switchForm) {
            String query = request.getQueryString().replace("&" + SWITCH_FORM, "");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + "?" + query);
            return;
        }
        Optional<Language> accounts = fromSession(session, loggedIn);
        Language language =
                chosen.or(() -> accounts).or(() -> fromCookie(request)).orElse(Language.defaultLanguage());
        request.setAttribute(LanguagePreference.REQUEST_ATTRIBUTE, language);
        boolean plain = language == Language.DE
                && (chosen.isPresent()
                        ? plainChosen
                        : accounts.isPresent() && session.getAttribute(SESSION_PLAIN) instanceof Boolean p
                                ? p
                                : plainFromCookie(request));
        request.setAttribute(LanguagePreference.PLAIN_ATTRIBUTE, plain);
        chain.doFilter(request, response);
    }

    /** At sign-in: the account's language (and whether German in plain language) rules the session's pages. */
    public static void signedIn(Map<String, Object> sessionMap, Language language, boolean plain) {
        sessionMap.put(SESSION_LANGUAGE, language);
        sessionMap.put(SESSION_PLAIN, plain);
    }

    private static boolean isSwitchForm(String query) {
        return query != null && query.endsWith("&" + SWITCH_FORM);
    }

    private static Optional<Language> fromSession(HttpSession session, boolean loggedIn) {
        // An account may keep a language whose bundle is not shipped (yet): it reads the nearest offered one.
        return loggedIn && session != null && session.getAttribute(SESSION_LANGUAGE) instanceof Language l
                ? Optional.of(OfferedLanguages.nearest(l))
                : Optional.empty();
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(c -> OfferedLanguages.fromCode(c.getValue()))
                        .flatMap(Optional::stream)
                        .findFirst();
    }

    private static boolean plainFromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(c -> PLAIN_COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
    }

    /** Set for plain German, removed when another language is chosen. */
    private static Cookie plainCookie(boolean plain) {
        Cookie cookie = new Cookie(PLAIN_COOKIE, plain ? "1" : "");
        cookie.setPath("/");
        cookie.setMaxAge(plain ? 365 * 24 * 3600 : 0);
        cookie.setHttpOnly(true);
        return cookie;
    }

    private static void remember(HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
