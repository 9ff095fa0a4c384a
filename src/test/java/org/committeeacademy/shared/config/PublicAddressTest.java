package org.committeeacademy.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links in mails never carry a host that only the request named (password-reset link poisoning, issue 20). */
class PublicAddressTest {

    @Test
    void aForgedHostHeaderDoesNotReachTheLinkWhenNothingIsConfigured() {
        HttpServletRequest forged = request("http", "evil.example", 80, 8080);

        assertEquals("http://localhost:8080", PublicAddress.of(Optional.empty(), List.of(), forged));
    }

    @Test
    void theConfiguredPublicUrlWinsOverAnyHost() {
        HttpServletRequest forged = request("http", "evil.example", 80, 8080);

        assertEquals(
                "https://academy.example.org",
                PublicAddress.of(Optional.of("https://academy.example.org"), List.of("evil.example"), forged));
    }

    @Test
    void anAllowedHostIsUsedAsTheRequestNamedIt() {
        assertEquals(
                "https://academy.example.org",
                PublicAddress.of(
                        Optional.empty(),
                        List.of("academy.example.org"),
                        request("https", "Academy.Example.org", 443, 8080)));
        assertEquals(
                "http://intranet:8080",
                PublicAddress.of(Optional.empty(), List.of("intranet:8080"), request("http", "intranet", 8080, 8080)));
    }

    @Test
    void aHostNotOnTheListFallsBackToTheLocalAddress() {
        assertEquals(
                "http://localhost:8181",
                PublicAddress.of(
                        Optional.empty(), List.of("academy.example.org"), request("http", "evil.example", 80, 8181)));
    }

    private static HttpServletRequest request(String scheme, String host, int port, int localPort) {
        Map<String, Object> answers = Map.of(
                "getScheme", scheme,
                "getServerName", host,
                "getServerPort", port,
                "getLocalPort", localPort,
                "getContextPath", "");
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                });
    }
}
