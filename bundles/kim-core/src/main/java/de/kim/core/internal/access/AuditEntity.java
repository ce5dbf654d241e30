package de.kim.core.internal.access;

import de.kim.api.access.AuditEntry;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A row of the audit trail (a unique constraint, not a unique index, on SEAL: it allows the many
 * NULLs of rows not yet sealed). Written in the transaction of the work it records; {@code seal},
 * {@code previousHash} and {@code hash} are set once by the sealer and never changed after.
 */
@Entity
@Table(name = "KIM_AUDIT", uniqueConstraints = @UniqueConstraint(name = "KIM_AUDIT_SEAL", columnNames = "SEAL"),
        indexes = {@Index(name = "KIM_AUDIT_CLIENT", columnList = "CLIENT_ID"),
            @Index(name = "KIM_AUDIT_AT", columnList = "AT_MILLIS")})
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SEAL")
    private Long seal;

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

    @Column(name = "PREVIOUS_HASH", length = 64)
    private String previousHash;

    @Column(name = "HASH", length = 64)
    private String hash;

    protected AuditEntity() {
    }

    public AuditEntity(AuditEntry entry) {
        this.at = entry.at().toEpochMilli();
        this.user = cut(entry.user(), 100);
        this.role = entry.role();
        this.officeId = entry.officeId();
        this.scope = entry.scope();
        this.action = entry.action();
        this.clientId = cut(entry.clientId(), 20);
        this.caseId = entry.caseId();
        this.purpose = entry.purpose();
        this.outcome = entry.outcome();
        this.detail = cut(entry.detail(), 500);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The columns the chain hash covers, in the order of {@link AuditColumns#SEALED}. */
    Object[] hashedColumns() {
        return new Object[] {id, at, user, role, officeId, scope, action, clientId, caseId, purpose, outcome, detail};
    }

    void seal(long position, String previous, String own) {
        this.seal = position;
        this.previousHash = previous;
        this.hash = own;
    }

    public AuditEntry toModel() {
        return new AuditEntry(id, seal, Instant.ofEpochMilli(at), user, role, officeId, scope, action, clientId, caseId, purpose, outcome,
                detail);
    }
}
