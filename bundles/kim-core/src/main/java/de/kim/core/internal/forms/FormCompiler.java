package de.kim.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.kim.core.internal.extension.DefinitionCompiler;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.logic.JsonRule;
import java.util.LinkedHashMap;
import de.kim.api.model.LegalDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a form definition ({@code schema}, {@code layout}) and compiles its JSON Schema (draft
 * 2020-12 unless the schema names another draft). The schema must itself be valid against its draft's
 * meta-schema: a {@code "type": "strin"} or a {@code "required": "a"} would make a field that can never
 * be answered, so such a form is refused at deploy with the meta-schema's reasons.
 */
@Component(service = DefinitionCompiler.class, property = "kim.definition.kind=FORM")
public final class FormCompiler implements DefinitionCompiler {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Kind kind() {
        return Kind.FORM;
    }

    @Override
    public CompiledForm compile(Map<String, Object> raw) {
        if (raw.containsKey("municipalities") && !(raw.get("municipalities") instanceof List<?> towns
                && towns.stream().allMatch(a -> a instanceof String ags && ags.matches("[0-9]{8}")))) {
            throw new IllegalArgumentException("municipalities: a list of AGS (8 digits) whose cases the form is for");
        }
        if (raw.containsKey("legalDomains") && !(raw.get("legalDomains") instanceof List<?> domains
                && domains.stream().allMatch(d -> d instanceof String code && isDomain(code)))) {
            throw new IllegalArgumentException("legalDomains: a list of Rechtskreise (AsylbLG, SGB2, SGB3, SGB8, SGB12, …)"
                    + " whose clients the form is for");
        }
        if (!(raw.get("schema") instanceof Map<?, ?> schemaMap)) {
            throw new IllegalArgumentException("'schema' (a JSON Schema object) is required");
        }
        if (!"object".equals(schemaMap.get("type")) || !(schemaMap.get("properties") instanceof Map<?, ?> properties)) {
            throw new IllegalArgumentException("the schema must be of type object with 'properties'");
        }
        JsonNode schemaNode = json.valueToTree(schemaMap);
        JsonSchema schema;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(JsonSchemaFactory.class.getClassLoader());
            SpecVersion.VersionFlag draft = schemaMap.containsKey("$schema")
                    ? SpecVersion.VersionFlag.fromId(String.valueOf(schemaMap.get("$schema")))
                            .orElseThrow(() -> new IllegalArgumentException("unknown $schema " + schemaMap.get("$schema")))
                    : SpecVersion.VersionFlag.V202012;
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(draft);
            Set<ValidationMessage> wrong = factory.getSchema(SchemaLocation.of(draft.getId())).validate(schemaNode);
            if (!wrong.isEmpty()) {
                throw new IllegalArgumentException("the schema is not a valid JSON Schema (" + draft.getId() + "): "
                        + wrong.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
            }
            schema = factory.getSchema(schemaNode);
            schema.initializeValidators();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid JSON Schema: " + e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        Map<String, Object> visibleIf = new LinkedHashMap<>();
        Object layout = raw.get("layout");
        if (!(layout instanceof List<?> fields) || fields.isEmpty()) {
            throw new IllegalArgumentException("'layout' (a list of fields) is required");
        }
        for (Object entry : fields) {
            if (!(entry instanceof Map<?, ?> f) || !(f.get("field") instanceof String name)) {
                throw new IllegalArgumentException("every layout entry needs a 'field'");
            }
            if (!properties.containsKey(name)) {
                throw new IllegalArgumentException("layout field '" + name + "' is not a property of the schema");
            }
            if (f.get("visibleIf") != null) {
                try {
                    JsonRule.check(f.get("visibleIf"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("visibleIf of '" + name + "': " + e.getMessage());
                }
                for (String variable : JsonRule.variables(f.get("visibleIf"))) {
                    if (!properties.containsKey(variable.split("\\.")[0])) {
                        throw new IllegalArgumentException("visibleIf of '" + name + "' refers to unknown field '"
                                + variable + "'");
                    }
                }
                visibleIf.put(name, f.get("visibleIf"));
            }
        }
        return new CompiledForm(schema, visibleIf);
    }

    /** The Rechtskreise a form definition names in "legalDomains" (empty: every client). */
    static List<LegalDomain> legalDomains(Map<String, Object> raw) {
        return raw.get("legalDomains") instanceof List<?> domains ? domains.stream().filter(String.class::isInstance)
                .map(String.class::cast).filter(FormCompiler::isDomain).map(LegalDomain::valueOf).toList() : List.of();
    }

    private static boolean isDomain(String code) {
        return java.util.Arrays.stream(LegalDomain.values()).anyMatch(d -> d.name().equals(code));
    }

    /** The AGS a form definition names in "municipalities" (empty: every municipality). */
    static List<String> municipalities(Map<String, Object> raw) {
        return raw.get("municipalities") instanceof List<?> towns
                ? towns.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }
}
