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
import javax.persistence.SequenceGenerator;

/**
 * A row of the audit trail. Its id comes from a sequence that hands out blocks of 500, so writing a
 * row joins the JDBC batch of the work's other inserts. SEAL has a plain index together with ID: a
 * unique one makes every insert of a not-yet-sealed row (SEAL NULL) wait on the sealer in Derby, and
 * with ID in it the sealer reads the oldest unsealed rows in order without sorting all of them; one
 * sealer at a time keeps positions unique. No index on the time: every index costs each audited request
 * a log record and a hot page, and the data-protection officer's queries by time are rare. Written in the transaction of the work it records; {@code seal},
 * {@code previousHash} and {@code hash} are set once by the sealer and never changed after.
 */
@Entity
@Table(name = "KIM_AUDIT", indexes = {@Index(name = AuditEntity.SEAL_INDEX, columnList = "SEAL, ID"),
    @Index(name = "KIM_AUDIT_CLIENT", columnList = "CLIENT_ID")})
@SequenceGenerator(name = "KIM_AUDIT_ID", sequenceName = "KIM_AUDIT_ID", allocationSize = 500)
public class AuditEntity {
    /** The index the sealer reads unsealed rows by, in id order. */
    static final String SEAL_INDEX = "KIM_AUDIT_SEAL_ID";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_AUDIT_ID")
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

    public AuditEntry toModel() {
        return new AuditEntry(id, seal, Instant.ofEpochMilli(at), user, role, officeId, scope, action, clientId, caseId, purpose, outcome,
                detail);
    }
}
