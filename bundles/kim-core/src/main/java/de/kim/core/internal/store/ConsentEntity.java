package de.kim.core.internal.store;

import de.kim.api.model.Consent;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.Purpose;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@SequenceGenerator(name = "KIM_CONSENT_ID_SEQ", sequenceName = "KIM_CONSENT_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_CONSENT", indexes = @Index(columnList = "CLIENT_ID"))
public class ConsentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_CONSENT_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    private Long recipientOfficeId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OfficeKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Purpose purpose;

    @Column(nullable = false)
    private LocalDate givenOn;

    private LocalDate withdrawnOn;

    @Column(length = 200)
    private String documentRef;

    protected ConsentEntity() {
    }

    public ConsentEntity(String clientId, Consent c) {
        this.clientId = clientId;
        this.recipientOfficeId = c.recipientOfficeId();
        this.recipientKind = c.recipientKind();
        this.purpose = c.purpose();
        this.givenOn = c.givenOn();
        this.documentRef = c.documentRef();
    }

    public String clientId() {
        return clientId;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }

    /** Whether this consent names {@code office} (of {@code kind}) and purpose {@code p}, in force or not. */
    public boolean names(long officeId, OfficeKind kind, Purpose p) {
        boolean recipient = recipientOfficeId != null ? recipientOfficeId == officeId : recipientKind == kind;
        return recipient && purpose == p;
    }

    /** Whether this consent covers passing data to {@code office} (of {@code kind}) for {@code p} on {@code day}. */
    public boolean covers(long officeId, OfficeKind kind, Purpose p, LocalDate day) {
        boolean inForce = !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
        return names(officeId, kind, p) && inForce;
    }

    public Consent toModel() {
        return new Consent(id, clientId, recipientOfficeId, recipientKind, purpose, givenOn, withdrawnOn, documentRef);
    }
}
