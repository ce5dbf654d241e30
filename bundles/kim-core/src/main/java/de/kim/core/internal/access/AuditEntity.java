package de.kim.core.internal.access;

import de.kim.api.access.AuditEntry;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.SequenceGenerator;

/**
 * A row of the audit trail, written in the transaction of the work it records and never changed after.
 * Its id comes from a sequence that hands out blocks of 500, so writing a row costs no extra round trip.
 * The table has no index but its primary key: every index costs each audited request a log record and
 * a hot page, and the data-protection officer's queries by client or time are rare and may scan. The
 * hash chain lives beside it, in {@code KIM_AUDIT_CHAIN} (see {@link AuditChain}), written by the sealer.
 */
@Entity
@Table(name = "KIM_AUDIT")
@SequenceGenerator(name = "KIM_AUDIT_ID", sequenceName = "KIM_AUDIT_ID", allocationSize = 500)
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_AUDIT_ID")
    private Long id;

    /** Epoch milliseconds: portable across databases and exact in the hash. */
    @Column(name = "AT_MILLIS", nullable = false)
    private long at;

    @Column(name = "USER_NAME", nullable = false, length = 100)
    private String user;

    @Column(name = "ROLE_NAME", length = 30)
    private String role;

    @Column(name = "OFFICE_ID")
    private Long officeId;

    @Column(name = "SCOPE", length = 8)
    private String scope;

    @Column(name = "ACTION_NAME", nullable = false, length = 40)
    private String action;

    @Column(name = "CLIENT_ID", length = 20)
    private String clientId;

    @Column(name = "CASE_ID")
    private Long caseId;

    @Column(name = "PURPOSE", length = 20)
    private String purpose;

    @Column(name = "OUTCOME", nullable = false, length = 10)
    private String outcome;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    /** The row's HMAC under the audit key ({@code <key id>:<hex>}), taken when it is written (see {@link AuditKeys}). */
    @Column(name = "ROW_MAC", length = 80)
    private String mac;

    protected AuditEntity() {
    }

    public AuditEntity(AuditEntry entry) {
        this.at = entry.at().toEpochMilli();
        this.user = cut(entry.user(), 100);
        this.role = entry.role();
        this.officeId = entry.officeId();
        this.scope = cut(entry.scope(), 8);
        this.action = cut(entry.action(), 40);
        this.clientId = cut(entry.clientId(), 20);
        this.caseId = entry.caseId();
        this.purpose = entry.purpose();
        this.outcome = entry.outcome();
        this.detail = cut(entry.detail(), 500);
    }

    /**
     * At most {@code length} characters, control and bidirectional characters (escape sequences, line breaks,
     * U+202E) replaced by U+FFFD: a
     * user name or detail sent by anyone, even without an account, must not move the cursor or forge lines on the
     * terminal of whoever reads the trail.
     */
    static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= length ? text : text.substring(0, length);
        StringBuilder safe = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (de.kim.api.InputRules.refused(c, false)) { // controls and bidirectional controls
                if (safe == null) {
                    safe = new StringBuilder(cut);
                }
                safe.setCharAt(i, '\uFFFD');
            }
        }
        return safe == null ? cut : safe.toString();
    }

    public Long id() {
        return id;
    }

    /** The row as read back with its chain position, null if not yet sealed. */
    public AuditEntry toModel(Long seal) {
        return new AuditEntry(id, seal, Instant.ofEpochMilli(at), user, role, officeId, scope, action, clientId, caseId,
                purpose, outcome, detail);
    }

    /** Signs the row with the current audit key; its id must be assigned (after persist). */
    void authenticate(AuditKeys keys) {
        this.mac = keys.sign(ChainHash.rowText(hashedColumns()));
    }

    /** The hashed columns in the order and with the types JDBC reads them back (see {@link ChainHash}). */
    Object[] hashedColumns() {
        return new Object[] {id, at, user, role, officeId, scope, action, clientId, caseId, purpose, outcome, detail};
    }
}
