package de.kim.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the user a token was issued to still stands as it did then: a token carries a fingerprint of the
 * user's entry in the realm file ({@code etc/users.properties}: password hash, roles, and the roles of its
 * groups), and a token whose user was removed, or whose password or roles changed since, is refused at its
 * next request; a token issued before the entry was last seen changed stays revoked, also when the entry is
 * changed back. The file (a few kilobytes) is read at every check and parsed again only when its bytes
 * changed. Users of another realm (LDAP, the district's OIDC provider) have no fingerprint here.
 */
final class TokenStanding {
    private final Path file;
    private volatile Snapshot snapshot = new Snapshot(null, Map.of());
    /** When a user's entry was last seen changed or removed (epoch millis): tokens issued before stay revoked. */
    private final Map<String, Long> changed = new ConcurrentHashMap<>();

    private record Snapshot(byte[] content, Map<String, String> fingerprints) {
    }

    TokenStanding(Path file) {
        this.file = file;
    }

    static TokenStanding ofKaraf() {
        return new TokenStanding(Paths.get(System.getProperty("karaf.etc", "etc"), "users.properties"));
    }

    /** The fingerprint of the user's realm entry now, or null if the realm file does not hold the user. */
    String fingerprint(String user) {
        return current().fingerprints().get(user);
    }

    /**
     * Whether a token issued at {@code issuedAt} (epoch millis) with the fingerprint {@code fingerprint} (null: none)
     * still stands: the user's entry is the same and was not seen changed since. One read of the file.
     */
    boolean stands(String user, String fingerprint, long issuedAt) {
        Snapshot now = current();
        return issuedAt >= changed.getOrDefault(user, 0L)
                && (fingerprint == null || fingerprint.equals(now.fingerprints().get(user)));
    }

    private Snapshot current() {
        byte[] content;
        try {
            // a few kilobytes, compared whole: a change within the file system's time resolution is seen too
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Snapshot(null, Map.of());
        }
        Snapshot known = snapshot;
        if (Arrays.equals(known.content(), content)) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (Arrays.equals(known.content(), content)) {
                return known;
            }
            Properties users = new Properties();
            try {
                users.load(new java.io.ByteArrayInputStream(content));
            } catch (IOException e) {
                return known;
            }
            Map<String, String> fingerprints = new HashMap<>();
            for (String user : users.stringPropertyNames()) {
                if (!user.startsWith("_g_:")) {
                    fingerprints.put(user, fingerprint(users, user));
                }
            }
            if (known.content() != null) {
                long now = System.currentTimeMillis();
                known.fingerprints().forEach((user, before) -> {
                    if (!before.equals(fingerprints.get(user))) {
                        changed.put(user, now);
                    }
                });
            }
            Snapshot read = new Snapshot(content, fingerprints);
            snapshot = read;
            return read;
        }
    }

    private static String fingerprint(Properties users, String user) {
        String entry = users.getProperty(user);
        StringBuilder text = new StringBuilder(user).append('\0').append(entry.trim());
        for (String part : entry.split(",")) {
            String name = part.trim();
            if (name.startsWith("_g_:")) {
                text.append('\0').append(name).append('=').append(users.getProperty(name, "").trim());
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
