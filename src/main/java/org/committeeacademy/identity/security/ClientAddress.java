package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.committeeacademy.identity.application.SignInSettings;

/**
 * The address a request comes from, as the sign-in throttle counts it: the socket's peer, or, when that peer is one of
 * ACADEMY_TRUSTED_PROXIES, the last address in X-Forwarded-For that is not itself a trusted proxy (a client can
 * prepend anything to that header, but not what the proxies append).
 */
@ApplicationScoped
public class ClientAddress {

    private final List<String> trustedProxies;

    public ClientAddress() {
        this(SignInSettings.current().trustedProxies());
    }

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
