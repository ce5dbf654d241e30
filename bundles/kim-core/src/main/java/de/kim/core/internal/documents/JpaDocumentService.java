package de.kim.core.internal.documents;

import de.kim.api.DocumentService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.Caller;
import de.kim.api.model.DataCategory;
import de.kim.api.model.Document;
import de.kim.core.internal.access.Access;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.store.CaseEntity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents kept with a person, in the database beside the person's other data (so a backup, the erasure and
 * the access guard reach them as they reach the rest). The person's own case team keeps them; an office reads
 * them where a consented referral's purpose releases documents; the pseudonymised view sees none. Every read
 * and write is audited by the guard (documents.read, document.read, document.keep).
 */
@Component(service = DocumentService.class)
public final class JpaDocumentService implements DocumentService {
    private final Transactions tx;
    private final AccessGuard guard;
    private final Clock clock;

    @Activate
    public JpaDocumentService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference AccessGuard guard) {
        this.tx = new Transactions(jpa);
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public List<Document> documents(Caller caller, String clientId) {
        return tx.read(em -> {
            Access access = guard.clients(em, caller).get(clientId, Operation.read("documents.read")).access();
            if (!access.sees(DataCategory.DOCUMENTS)) {
                return List.of();
            }
            return em.createQuery("SELECT d FROM DocumentEntity d WHERE d.clientId = :c ORDER BY d.id DESC",
                    DocumentEntity.class).setParameter("c", clientId).getResultList().stream()
                    .map(DocumentEntity::toModel).toList();
        });
    }

    @Override
    public Document keep(Caller caller, String clientId, Long caseId, Document.Kind kind, String fileName,
            byte[] content) {
        List<Violation> wrong = new ArrayList<>();
        String type = DocumentService.mediaTypeOf(content);
        if (content == null || content.length == 0) {
            wrong.add(new Violation("content", "is required", "required"));
        } else if (content.length > MAX_BYTES) {
            wrong.add(new Violation("content", "at most " + MAX_BYTES + " bytes (10 MB)", "too-large"));
        } else if (type == null) {
            wrong.add(new Violation("content", "a document is a PDF, JPEG or PNG file (read from its content)",
                    "unsupported-type"));
        }
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}\\p{Cf}]", "_");
        if (name.isEmpty()) {
            wrong.add(new Violation("fileName", "is required", "required"));
        } else if (name.length() > 200) {
            wrong.add(new Violation("fileName", "at most 200 characters", "too-long"));
        }
        if (kind == null) {
            wrong.add(new Violation("kind", "is required: CONSENT, DECISION, CERTIFICATE, IDENTITY_PAPER or OTHER",
                    "required"));
        }
        return tx.write(em -> {
            // the guard decides who may write to the person (and audits it): its own case team, no office
            guard.clients(em, caller).get(clientId, Operation.write("document.keep"));
            if (!wrong.isEmpty()) {
                throw new ValidationException(wrong);
            }
            if (caseId != null) {
                CaseEntity kimCase = em.find(CaseEntity.class, caseId);
                if (kimCase == null || !kimCase.clientId().equals(clientId)) {
                    throw new ValidationException(List.of(new Violation("caseId", "is no case of this person", "unknown")));
                }
            }
            DocumentEntity document = new DocumentEntity(clientId, caseId, kind, name, type, content, clock.instant(),
                    caller.user());
            em.persist(document);
            em.flush();
            return document.toModel();
        });
    }

    @Override
    public Content content(Caller caller, String clientId, long documentId) {
        return tx.read(em -> {
            Access access = guard.clients(em, caller).get(clientId, Operation.read("document.read")).access();
            DocumentEntity document = em.find(DocumentEntity.class, documentId);
            if (document == null || !document.clientId().equals(clientId) || !access.sees(DataCategory.DOCUMENTS)) {
                throw new NotFoundException("no document with id " + documentId + " for this person");
            }
            return new Content(document.toModel(), document.content());
        });
    }
}
