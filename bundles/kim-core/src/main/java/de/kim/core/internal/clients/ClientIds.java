package de.kim.core.internal.clients;

import java.security.SecureRandom;

/**
 * Pseudonymous client ids: "K-" and 8 characters of Crockford's base 32 (no I, L, O, U), random,
 * so that an id says nothing about the person.
 */
final class ClientIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return "K-" + new String(id);
    }
}
