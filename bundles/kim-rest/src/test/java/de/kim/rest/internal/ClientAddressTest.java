package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The client behind a trusted load balancer is named by X-Forwarded-For; anyone else's header is ignored. */
class ClientAddressTest {

    @Test
    void behindATrustedBalancerTheForwardedClientCounts() {
        ClientAddress address = new ClientAddress("127.0.0.1, 10.0.0.5");
        assertEquals("192.0.2.7", address.of("127.0.0.1", "192.0.2.7"));
        assertEquals("192.0.2.7", address.of("127.0.0.1", "198.51.100.1, 192.0.2.7, 10.0.0.5"),
                "the right-most address that is not a proxy of ours: earlier entries may be forged");
        assertEquals("127.0.0.1", address.of("127.0.0.1", null));
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", new ClientAddress("127.0.0.1").of("203.0.113.9", "192.0.2.7"));
        assertEquals("127.0.0.1", new ClientAddress("").of("127.0.0.1", "192.0.2.7"), "nothing trusted by default");
    }
}
