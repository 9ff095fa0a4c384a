package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests may be answered from a kept rendering: only what every visitor without a session sees alike. */
class PublicPageCacheTest {

    @Test
    void aVisitorsGetOfThePublicPagesIsKeptPerPageAndLanguage() {
        assertEquals(Optional.of("/||"), PublicPageCache.keyOf(request(Map.of())));
        assertEquals(
                Optional.of("/catalogue.xhtml|en|"),
                PublicPageCache.keyOf(request(Map.of("getRequestURI", "/catalogue.xhtml", "getCookies", lang("en")))));
    }

    @Test
    void onlyPagesThatKeepNoStateForVisitorsAreKept() {
        for (String page : PublicPageCache.PAGES) {
            String view = page.equals("/") ? "/index.xhtml" : page;
            assertTrue(StatelessViews.isStateless(view, false), page + " would be kept with a visitor's view state");
        }
    }

    @Test
    void anythingPersonalOrUnusualIsRenderedAsAlways() {
        assertTrue(
                PublicPageCache.keyOf(request(Map.of("getQueryString", "lang=en")))
                        .isEmpty(),
                "a query");
        assertTrue(PublicPageCache.keyOf(request(Map.of("getMethod", "POST"))).isEmpty(), "a form");
        assertTrue(
                PublicPageCache.keyOf(request(Map.of("getRequestURI", "/login.xhtml")))
                        .isEmpty(),
                "another page");
        assertTrue(
                PublicPageCache.keyOf(request(Map.of("getSession", session()))).isEmpty(), "a session");
        assertTrue(
                PublicPageCache.keyOf(request(Map.of("getHeader", "Basic eDp5")))
                        .isEmpty(),
                "credentials or counting");
        assertTrue(
                PublicPageCache.keyOf(request(Map.of("getCookies", lang("xx")))).isEmpty(),
                "an odd language cookie gets no key of its own");
    }

    @Test
    void freshNoncesAreAsPrimeFacesChecksThemAndReadTheSameInAScript() {
        String nonce = PublicPageCache.freshNonce();
        String decoded =
                new String(java.util.Base64.getDecoder().decode(nonce), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(decoded, java.util.UUID.fromString(decoded).toString());
        assertTrue(PublicPageCache.isPlain(nonce));
        assertTrue(!PublicPageCache.isPlain("ab/cd+e="));
    }

    private static Cookie[] lang(String code) {
        return new Cookie[] {new Cookie(LanguageFilter.COOKIE, code)};
    }

    private static HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(
                PublicPageCacheTest.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (p, m, a) -> null);
    }

    private static HttpServletRequest request(Map<String, Object> overrides) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getRequestURI", "/");
        answers.put("getContextPath", "");
        answers.put("getMethod", "GET");
        answers.putAll(overrides);
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicPageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> answers.get(method.getName()));
    }
}
