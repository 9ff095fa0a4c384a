package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the sign-in tests: requests go to 127.0.0.1, which the test deployment trusts as a proxy, so X-Forwarded-For
 * makes each {@link #client()} a different client of the application.
 */
final class SignInFixture {

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    static final String PASSWORD = "a long and good password 42";
    static final Pattern SECRET = Pattern.compile("<code id=\"secret\" class=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([2-9A-Z]{5}-[2-9A-Z]{5})</code></li>");

    private final URI base;
    private final URI loopback;

    SignInFixture(URL base) {
        try {
            this.base = base.toURI();
            this.loopback = new URI(
                    this.base.getScheme(), null, "127.0.0.1", this.base.getPort(), this.base.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of its own, as seen by the application. */
    Http client() {
        return clientAt("198.51.100." + (1 + (int) (Math.random() * 250)));
    }

    Http clientAt(String address) {
        return new Http(loopback).always("X-Forwarded-For", address);
    }

    /** The deployment's own address, as the other tests use it. */
    Http direct() {
        return new Http(base);
    }

    /** A new account with the role, opened by the admin. */
    String account(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String json = """
                {"email":"%s","name":"Test Person","password":"%s","roles":["%s"],"language":"de"}""".formatted(email, PASSWORD, role);
        HttpResponse<String> created = client().postJson("/api/v1/accounts", json, "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    static HttpResponse<String> submitCode(Http browser, String page, String code) {
        return browser.submit(page, "/login.xhtml", Map.of("code", "code", "code:code", code, "code:verify", ""));
    }

    static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher found = RECOVERY_CODE.matcher(page);
        while (found.find()) {
            codes.add(found.group(1));
        }
        return codes;
    }
}
