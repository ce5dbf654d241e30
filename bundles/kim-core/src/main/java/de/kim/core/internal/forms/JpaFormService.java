package de.kim.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.ConflictException;
import de.kim.api.FormService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.FormDefinition;
import de.kim.api.model.FormSubmission;
import de.kim.api.model.Provenance;
import de.kim.api.spi.FormValidator;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.events.DomainEvents;
import de.kim.core.internal.extension.CodeExtensions;
import de.kim.core.internal.extension.Declared;
import de.kim.core.internal.extension.DefinitionEntity;
import de.kim.core.internal.extension.Definitions;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.extension.StoredJson;
import de.kim.api.access.Caller;
import de.kim.api.model.DataCategory;
import de.kim.core.internal.access.Access;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.procedures.CaseEvent;
import de.kim.core.internal.procedures.ProcedureEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = FormService.class)
public final class JpaFormService implements FormService {
    private final Transactions tx;
    private final Definitions definitions;
    private final CodeExtensions code;
    private final ProcedureEngine engine;
    private final DomainEvents events;
    private final AccessGuard guard;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    @Activate
    public JpaFormService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference Definitions definitions, @Reference CodeExtensions code, @Reference ProcedureEngine engine,
            @Reference DomainEvents events, @Reference AccessGuard guard) {
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
        this.definitions = definitions;
        this.code = code;
        this.engine = engine;
        this.events = events;
    }

    @Override
    public List<FormDefinition> forms(boolean includeInactive) {
        List<FormDefinition> all = new ArrayList<>(definitions.active(Kind.FORM).stream().map(JpaFormService::active).toList());
        if (includeInactive) {
            definitions.inactive(Kind.FORM).forEach(e -> all.add(stored(e)));
        }
        all.sort(Comparator.comparing(FormDefinition::id));
        return all;
    }

    @Override
    public FormDefinition form(String id, String version) {
        var current = definitions.active(Kind.FORM, id);
        if (version == null) {
            return current.map(JpaFormService::active).orElseThrow(() -> new NotFoundException(
                    definitions.stored(Kind.FORM, id).isEmpty() ? "no form " + id
                            : "form " + id + " is no longer in use (its bundle stopped); its versions stay readable"
                                    + " under /forms/" + id + "/versions"));
        }
        return definitions.stored(Kind.FORM, id).stream().filter(e -> e.definitionVersion().equals(version)).findFirst()
                .map(e -> current.filter(d -> d.hash().equals(e.hash())).map(JpaFormService::active)
                        .orElseGet(() -> stored(e)))
                .orElseThrow(() -> new NotFoundException("form " + id + " has no version " + version));
    }

    @Override
    public List<FormDefinition> versions(String id) {
        List<DefinitionEntity> stored = definitions.stored(Kind.FORM, id);
        if (stored.isEmpty()) {
            throw new NotFoundException("no form " + id);
        }
        var current = definitions.active(Kind.FORM, id);
        return stored.stream().map(e -> current.filter(d -> d.hash().equals(e.hash())).map(JpaFormService::active)
                .orElseGet(() -> stored(e))).toList();
    }

    @Override
    public FormSubmission submit(Caller caller, long caseId, String formId, Map<String, Object> data) {
        Operation submit = Operation.write("form.submit");
        Case kimCase = tx.read(em -> {
            return guard.cases(em, caller).checked(caseId, submit).toModel();
        });
        Declared form = definitions.active(Kind.FORM, formId).orElseThrow(() -> definitions.stored(Kind.FORM, formId)
                .isEmpty() ? new NotFoundException("no form " + formId)
                : new ConflictException("form " + formId + " is no longer in use (its bundle stopped); earlier"
                        + " submissions stay readable"));
        if (kimCase.phase() == CasePhase.CLOSED) {
            throw new ConflictException("case " + caseId + " is closed", "case-closed");
        }
        if (data == null) {
            throw new ValidationException(List.of(new Violation("body", "the form's data (a JSON object) is required")));
        }
        JsonNode node = json.valueToTree(data);
        List<Violation> violations = new ArrayList<>(((CompiledForm) form.compiled()).check(node, data));
        for (FormValidator validator : code.validators(formId)) {
            violations.addAll(validator.validate(data, kimCase));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        FormSubmission stored = tx.write(em -> {
            guard.cases(em, caller).get(caseId, submit);
            FormSubmissionEntity entity = new FormSubmissionEntity(caseId, formId, form.version(), form.hash(),
                    node.toString(), now, caller.user());
            em.persist(entity);
            em.flush();
            data.forEach((field, value) -> values(value).forEach(v ->
                    em.persist(new FormFieldEntity(entity.id(), caseId, formId, field, v, today))));
            engine.fire(em, new CaseEvent("form.submitted", caseId, today, Map.of("formId", formId, "data", data)));
            em.flush();
            events.publish(em, "de/kim/form/SUBMITTED", Map.of("caseId", caseId, "formId", formId,
                    "formVersion", form.version(), "submissionId", entity.id()));
            return entity.toModel();
        });
        return stored;
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> !(v instanceof Map || v instanceof List)).map(String::valueOf).toList();
        }
        if (value == null || value instanceof Map) {
            return List.of();
        }
        return List.of(String.valueOf(value));
    }

    @Override
    public List<FormSubmission> submissions(Caller caller, long caseId) {
        return tx.read(em -> {
            Access access = guard.cases(em, caller).get(caseId, Operation.read("submissions.read")).access();
            if (!access.sees(DataCategory.FORMS)) {
                return List.of();
            }
            return em.createQuery("SELECT s FROM FormSubmissionEntity s WHERE s.caseId = :c ORDER BY s.id DESC",
                    FormSubmissionEntity.class).setParameter("c", caseId).getResultList().stream()
                    .map(FormSubmissionEntity::toModel).toList();
        });
    }

    @Override
    public List<FormDefinition> offered(Caller caller, long caseId) {
        return tx.read(em -> {
            Case kimCase = guard.cases(em, caller).get(caseId, Operation.read("forms.offered")).record().toModel();
            java.util.Set<de.kim.api.model.LegalDomain> domains = java.util.EnumSet.noneOf(de.kim.api.model.LegalDomain.class);
            domains.addAll(em.createQuery("SELECT DISTINCT p.domain FROM LegalDomainPeriodEntity p WHERE p.clientId = :c",
                    de.kim.api.model.LegalDomain.class).setParameter("c", kimCase.clientId()).getResultList());
            return forms(false).stream().filter(f -> f.appliesTo(kimCase.ownerMunicipality(), domains)).toList();
        });
    }

    @Override
    public FormSubmission submission(Caller caller, long caseId, long submissionId) {
        return tx.read(em -> {
            boolean sees = guard.cases(em, caller).get(caseId, Operation.read("submission.read")).access()
                    .sees(DataCategory.FORMS);
            FormSubmissionEntity s = em.find(FormSubmissionEntity.class, submissionId);
            if (!sees || s == null || s.caseId() != caseId) {
                throw new NotFoundException("case " + caseId + " has no submission " + submissionId);
            }
            return s.toModel();
        });
    }

    @SuppressWarnings("unchecked")
    private static FormDefinition active(Declared d) {
        return new FormDefinition(d.id(), d.version(), d.label(), (Map<String, Object>) d.raw().get("schema"),
                (List<Map<String, Object>>) d.raw().get("layout"), d.hash(), d.provenance(), true,
                FormCompiler.municipalities(d.raw()), FormCompiler.legalDomains(d.raw()));
    }

    @SuppressWarnings("unchecked")
    private static FormDefinition stored(DefinitionEntity e) {
        Map<String, Object> raw = StoredJson.parse(e.content());
        return new FormDefinition(e.definitionId(), e.definitionVersion(), (Map<String, String>) raw.get("label"),
                (Map<String, Object>) raw.get("schema"), (List<Map<String, Object>>) raw.get("layout"), e.hash(),
                new Provenance(e.bundle(), e.bundleVersion()), false, FormCompiler.municipalities(raw),
                FormCompiler.legalDomains(raw));
    }
}
