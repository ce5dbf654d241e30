package de.kim.core.internal.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The hash of an audit row in the chain: over its chain position, every recorded field and the hash of the row
 * before it, so that a changed, inserted or deleted row breaks every later link. Links of this release are an
 * HMAC-SHA256 under a key the database does not hold ({@link AuditKeys}), so that nobody who can only write the
 * database can compute a chain that verifies; links of earlier releases are plain SHA-256 ({@link #legacy()}).
 */
public final class ChainHash {
    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha256;
    private final Mac mac;
    private final StringBuilder text = new StringBuilder(256);

    private ChainHash(MessageDigest sha256, Mac mac) {
        this.sha256 = sha256;
        this.mac = mac;
    }

    /** Plain SHA-256, as release 0.1 linked its rows. */
    public static ChainHash legacy() {
        try {
            return new ChainHash(MessageDigest.getInstance("SHA-256"), null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** HMAC-SHA256 under {@code mac}'s key. */
    static ChainHash keyed(Mac mac) {
        return new ChainHash(null, mac);
    }

    /**
     * @param row the row's columns ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,
     *            CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL as JDBC gives them
     */
    public String of(long seal, Object[] row, String previousHash) {
        text.setLength(0);
        text.append(seal);
        append(text, row);
        text.append('\u001f').append(previousHash);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(mac != null ? mac.doFinal(bytes) : sha256.digest(bytes));
    }

    /** The text a row's own MAC is taken over: the same fields, without chain position. */
    static String rowText(Object[] row) {
        StringBuilder text = new StringBuilder(256).append("row");
        append(text, row);
        return text.toString();
    }

    private static void append(StringBuilder text, Object[] row) {
        for (int i = 0; i < 12; i++) {
            Object value = row[i];
            text.append('\u001f').append(value == null ? "" : value);
        }
    }
}
