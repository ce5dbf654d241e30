package de.kim.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import de.kim.api.Violation;
import de.kim.core.internal.logic.JsonRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A form ready for validation: its compiled JSON Schema and the layout's {@code visibleIf} rules.
 */
public record CompiledForm(JsonSchema schema, Map<String, Object> visibleIf) {

    /** One violation per failing field: schema errors, and answers to fields the rules hide. */
    public List<Violation> check(JsonNode data, Map<String, Object> answers) {
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : schema.validate(data)) {
            violations.add(new Violation(field(m), m.getError() == null ? m.getMessage() : m.getError()));
        }
        visibleIf.forEach((field, rule) -> {
            if (answers.containsKey(field) && !JsonRule.test(rule, answers)) {
                violations.add(new Violation(field, "is not asked for these answers; leave it out"));
            }
        });
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    private static String field(ValidationMessage m) {
        String location = m.getInstanceLocation() == null ? "$" : m.getInstanceLocation().toString();
        String field = location.startsWith("$.") ? location.substring(2) : location.equals("$") ? "" : location;
        if (("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) && m.getProperty() != null) {
            field = field.isEmpty() ? m.getProperty() : field + "." + m.getProperty();
        }
        return field.isEmpty() ? "body" : field;
    }
}
