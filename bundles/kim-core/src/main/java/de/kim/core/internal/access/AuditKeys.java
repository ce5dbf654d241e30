package de.kim.core.internal.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys the audit trail is authenticated with, kept in a file outside the database
 * ({@code etc/kim-audit.keys} by default, readable by the platform's user only): each row's MAC, each link of
 * the chain and each checkpoint is an HMAC-SHA256 under one of them. A key's id is taken from the key itself
 * ({@code k} and 8 hex digits of its SHA-256), so that keys made on different machines never share an id. The
 * file holds every key ever used ({@code k<id> = base64}) and which one signs now ({@code current}); rotating adds
 * a key and makes it current, the old ones stay to verify older rows.
 */
public final class AuditKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String CURRENT = "current";

    private final Path file;
    private volatile Map<String, byte[]> keys;
    private volatile String current;

    private AuditKeys(Path file, Map<String, byte[]> keys, String current) {
        this.file = file;
        this.keys = keys;
        this.current = current;
    }

    /** The keys of {@code file}; creates it with a new key (owner read/write only) if it does not exist. */
    public static AuditKeys open(Path file) {
        try {
            if (!Files.exists(file)) {
                // created once: nodes that share the file and start together keep the first one's key
                Map<String, byte[]> keys = new LinkedHashMap<>();
                byte[] key = newKey();
                keys.put(idOf(key), key);
                Path made = file.resolveSibling(file.getFileName() + "." + idOf(key));
                write(made, keys, idOf(key));
                try {
                    Files.createLink(file, made);
                } catch (java.nio.file.FileAlreadyExistsException another) {
                    // another node made it first
                } finally {
                    Files.deleteIfExists(made);
                }
            }
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            for (String name : p.stringPropertyNames()) {
                if (!name.equals(CURRENT)) {
                    byte[] key = Base64.getDecoder().decode(p.getProperty(name).trim());
                    if (!idOf(key).equals(name)) {
                        throw new IllegalStateException("the audit key " + name + " in " + file
                                + " does not match its id (the file was changed)");
                    }
                    keys.put(name, key);
                }
            }
            String current = p.getProperty(CURRENT, "").trim();
            if (!keys.containsKey(current)) {
                throw new IllegalStateException("the audit key file " + file + " names no current key it holds");
            }
            return new AuditKeys(file, keys, current);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit key file " + file + " cannot be read or created", e);
        }
    }

    /** Keys in memory only: for tests. */
    static AuditKeys inMemory(byte[]... keys) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        String last = null;
        for (byte[] key : keys) {
            last = idOf(key);
            map.put(last, key);
        }
        return new AuditKeys(null, map, last);
    }

    static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static String idOf(byte[] key) {
        try {
            return "k" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, Map<String, byte[]> keys, String current) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        try (OutputStream out = Files.newOutputStream(temp)) {
            StringBuilder text = new StringBuilder("# KIM audit keys (HMAC-SHA256). Keep this file secret and outside the database's\n"
                    + "# backups; losing it makes the audit trail unverifiable. Never delete an old key: rows signed with it\n"
                    + "# verify only with it. Rotate with kim:audit-key-rotate.\n");
            text.append(CURRENT).append(" = ").append(current).append('\n');
            keys.forEach((id, key) -> text.append(id).append(" = ").append(Base64.getEncoder().encodeToString(key)).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Adds a new key and makes it the current one; the id of the new key. */
    public synchronized String rotate() {
        byte[] key = newKey();
        Map<String, byte[]> next = new LinkedHashMap<>(keys);
        String id = idOf(key);
        next.put(id, key);
        if (file != null) {
            try {
                write(file, next, id);
            } catch (IOException e) {
                throw new UncheckedIOException("the audit key file " + file + " cannot be written", e);
            }
        }
        this.keys = next;
        this.current = id;
        return id;
    }

    public String currentId() {
        return current;
    }

    /** The ids of all keys, oldest first. */
    public java.util.Set<String> ids() {
        return keys.keySet();
    }

    public Path file() {
        return file;
    }

    /** A fresh MAC under key {@code id}, null if there is no such key. */
    Mac mac(String id) {
        byte[] key = keys.get(id);
        if (key == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /**
     * A MAC per key and thread, kept: every audited request signs its row, and the check verifies every row, so a
     * new {@code Mac} (provider look-up and key set-up) for each would cost more than the HMAC itself.
     */
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(java.util.HashMap::new);

    private Mac cached(String id) {
        Map<String, Mac> mine = macs.get();
        Mac mac = mine.get(id);
        if (mac == null && keys.containsKey(id)) {
            mac = mac(id);
            mine.put(id, mac);
        }
        return mac;
    }

    /**
     * A search term as the audit trail keeps it: {@code h:<key id>:<16 hex>}, the HMAC of the normalised term under
     * key {@code id} (the current one if null), or null without such a key. Without the key the term cannot be
     * found again; with it, the data-protection officer can ask whether a term was searched.
     */
    String term(String id, String term) {
        String key = id == null ? current : id;
        Mac mac = cached(key);
        if (mac == null) {
            return null;
        }
        String normal = java.text.Normalizer.normalize(term, java.text.Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return "h:" + key + ":" + hex(mac, "term\u001f" + normal).substring(0, 16);
    }

    /** {@code <key id>:<hex>} of {@code text} under the current key. */
    String sign(String text) {
        String id = current;
        return id + ":" + hex(cached(id), text);
    }

    /** Whether {@code signature} ({@code <key id>:<hex>}) is the MAC of {@code text} under a key held here. */
    boolean verifies(String text, String signature) {
        if (signature == null) {
            return false;
        }
        int colon = signature.indexOf(':');
        Mac mac = colon < 0 ? null : cached(signature.substring(0, colon));
        return mac != null && MessageDigest.isEqual(hex(mac, text).getBytes(StandardCharsets.US_ASCII),
                signature.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
    }

    static String hex(Mac mac, String text) {
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
