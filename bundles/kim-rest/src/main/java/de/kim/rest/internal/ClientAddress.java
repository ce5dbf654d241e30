package de.kim.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client a request comes from, for the per-address login lockout. Behind a load balancer every
 * request comes from the balancer: when the direct peer is one of the configured trusted proxies
 * ({@code trusted.proxies} in etc/de.kim.rest.cfg), the client is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header from anyone else is ignored (it can be forged).
 */
final class ClientAddress {
    private final Set<String> trusted;

    ClientAddress(String trustedProxies) {
        this.trusted = trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    String of(String peer, String forwardedFor) {
        if (peer == null || !trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
