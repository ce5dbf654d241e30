package de.kim.rest.openapi;

import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build time only (the swagger-maven-plugin's filter): the paging of {@link ListPagingDocumentation}, and the
 * range every calendar date of the API accepts (the reader {@code StrictDates}): a string YYYY-MM-DD from
 * 1900-01-01 to 2100-12-31, as a pattern a contract tool checks; and that a property not declared required may be
 * null (the API writes absent values as {@code null}); for a reference, the referenced object is declared nullable.
 */
public final class ContractDocumentation extends ListPagingDocumentation {
    /** The range {@code de.kim.rest.internal.StrictDates} reads: four-digit years 1900 to 2100. */
    static final String DATE_PATTERN = "^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Optional<io.swagger.v3.oas.models.OpenAPI> filterOpenAPI(io.swagger.v3.oas.models.OpenAPI openAPI,
            Map<String, List<String>> params, Map<String, String> cookies, Map<String, List<String>> headers) {
        // called first, before the components are copied one by one: OpenAPI 3.0 ignores what stands beside a $ref
        // (and validators refuse null against an allOf of it), so an object that is an optional property somewhere
        // is declared nullable itself (where it is required, the server never writes null)
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            schemas.values().forEach(schema -> {
                if (schema.getProperties() != null) {
                    ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                        boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
                        Schema target = property.get$ref() == null ? null
                                : schemas.get(property.get$ref().replace("#/components/schemas/", ""));
                        if (!required && target != null) {
                            target.setNullable(true);
                        }
                    });
                }
            });
        }
        return super.filterOpenAPI(openAPI, params, cookies, headers);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Optional<Schema> filterSchemaProperty(Schema property, Schema schema, String propName,
            Map<String, List<String>> params, Map<String, String> cookies, Map<String, List<String>> headers) {
        dateRange(property);
        if (property.getItems() != null) {
            dateRange(property.getItems());
        }
        anyValues(property);
        boolean required = schema.getRequired() != null && schema.getRequired().contains(propName);
        if (required) {
            return Optional.of(property);
        }
        if (property.get$ref() != null) {
            return Optional.of(property); // the referenced object is nullable (filterOpenAPI)
        }
        property.setNullable(true);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            ((List<Object>) property.getEnum()).add(null); // a validator checks the enum after the type
        }
        return Optional.of(property);
    }

    /**
     * A {@code Map<String, Object>} comes out as a map of objects; its values are any JSON (texts, numbers, lists),
     * so the map allows any value; also in the items of a list of such maps.
     */
    @SuppressWarnings("rawtypes")
    private static void anyValues(Schema property) {
        if (property == null) {
            return;
        }
        if (property.getAdditionalProperties() instanceof Schema values && "object".equals(values.getType())
                && values.get$ref() == null && values.getProperties() == null) {
            property.setAdditionalProperties(Boolean.TRUE);
        }
        anyValues(property.getItems());
    }

    /** {@link #anyValues} for the bodies an operation reads and answers, and empty query values as absent ones. */
    private static void asServed(io.swagger.v3.oas.models.Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> anyValues(media.getSchema()));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().stream().filter(r -> r.getContent() != null)
                    .forEach(r -> r.getContent().values().forEach(media -> anyValues(media.getSchema())));
        }
        if (operation.getParameters() != null) {
            // the API reads "?q=" as no text: an empty value of an optional text parameter is an absent one (an
            // empty number, date or yes/no is a 400, Parameters.notEmpty)
            operation.getParameters().stream().filter(p -> "query".equals(p.getIn()) && !Boolean.TRUE.equals(
                    p.getRequired()) && p.getSchema() != null && "string".equals(p.getSchema().getType())
                    && p.getSchema().getFormat() == null).forEach(p -> p.setAllowEmptyValue(true));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void dateRange(Schema property) {
        if ("date".equals(property.getFormat()) && property.getPattern() == null) {
            property.setPattern(DATE_PATTERN);
        }
    }

    @Override
    public Optional<io.swagger.v3.oas.models.Operation> filterOperation(io.swagger.v3.oas.models.Operation operation,
            ApiDescription api, Map<String, List<String>> params, Map<String, String> cookies,
            Map<String, List<String>> headers) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                if (p.getSchema() != null) {
                    dateRange(p.getSchema());
                }
            });
        }
        if (operation.getResponses() != null && operation.getResponses().getDefault() == null) {
            // every status an operation does not name (404 while the application registers, 405, 406, 413, 429,
            // 503 in read-only mode, ...) is a problem answer: said once here rather than on every operation
            operation.getResponses().setDefault(new io.swagger.v3.oas.models.responses.ApiResponse()
                    .description("Any other refusal, as a problem (RFC 9457)")
                    .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                            new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(
                                    "#/components/schemas/Problem")))));
        }
        Optional<io.swagger.v3.oas.models.Operation> paged = super.filterOperation(operation, api, params, cookies,
                headers);
        paged.ifPresent(ContractDocumentation::asServed);
        return paged;
    }
}
