package de.kim.core.internal.documents;

import de.kim.api.model.Document;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A document kept with a person; its content is read only when it is downloaded. */
@Entity
@SequenceGenerator(name = "KIM_DOCUMENT_ID_SEQ", sequenceName = "KIM_DOCUMENT_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_DOCUMENT")
public class DocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_DOCUMENT_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Column(name = "CASE_ID")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private Document.Kind kind;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Column(name = "MEDIA_TYPE", length = 40, nullable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "UPLOADED_AT_MS", nullable = false)
    private long uploadedAt;

    @Column(name = "UPLOADED_BY", length = 100, nullable = false)
    private String uploadedBy;

    protected DocumentEntity() {
    }

    DocumentEntity(String clientId, Long caseId, Document.Kind kind, String fileName, String mediaType, byte[] content,
            Instant at, String by) {
        this.clientId = clientId;
        this.caseId = caseId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content.clone();
        this.uploadedAt = at.toEpochMilli();
        this.uploadedBy = by;
    }

    String clientId() {
        return clientId;
    }

    Long caseId() {
        return caseId;
    }

    byte[] content() {
        return content.clone();
    }

    /** What is kept about the person's documents, newest first (for the subject-access export). */
    public static List<Document> keptFor(EntityManager em, String clientId) {
        return em.createQuery("SELECT d FROM DocumentEntity d WHERE d.clientId = :c ORDER BY d.id DESC",
                DocumentEntity.class).setParameter("c", clientId).getResultList().stream()
                .map(DocumentEntity::toModel).toList();
    }

    Document toModel() {
        return new Document(id, clientId, caseId, kind, fileName, mediaType, size, Instant.ofEpochMilli(uploadedAt),
                uploadedBy);
    }
}
