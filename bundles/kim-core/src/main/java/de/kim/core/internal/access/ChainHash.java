package de.kim.core.internal.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit row in the chain: SHA-256 over its chain position, every recorded field and
 * the hash of the row before it, so that a changed, inserted or deleted row breaks every later link.
 */
public final class ChainHash {
    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(256);

    public ChainHash() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * @param row the row's columns ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,
     *            CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL as JDBC gives them
     */
    public String of(long seal, Object[] row, String previousHash) {
        text.setLength(0);
        text.append(seal);
        for (Object value : row) {
            text.append('\u001f').append(value == null ? "" : value);
        }
        text.append('\u001f').append(previousHash);
        return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
