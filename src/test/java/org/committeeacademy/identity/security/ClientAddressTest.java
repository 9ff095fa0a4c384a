package org.committeeacademy.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress clients = new ClientAddress(List.of());
        assertEquals("10.0.0.5", clients.of("10.0.0.5", "203.0.113.9"));
    }

    @Test
    void aTrustedProxyNamesTheClientAndAnythingTheClientPrependedIsIgnored() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.5", "10.0.0.6"));
        assertEquals("203.0.113.9", clients.of("10.0.0.5", "203.0.113.9"));
        assertEquals("203.0.113.9", clients.of("10.0.0.5", "1.2.3.4, 203.0.113.9"), "the client made up 1.2.3.4");
        assertEquals("203.0.113.9", clients.of("10.0.0.5", "203.0.113.9, 10.0.0.6"), "two proxies in a row");
        assertEquals("10.0.0.5", clients.of("10.0.0.5", " "));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.5"));
        assertEquals("198.51.100.7", clients.of("198.51.100.7", "10.0.0.99"));
    }
}
