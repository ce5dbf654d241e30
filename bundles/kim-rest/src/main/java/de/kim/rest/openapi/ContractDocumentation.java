package de.kim.rest.openapi;

import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build time only (the swagger-maven-plugin's filter): the paging of {@link ListPagingDocumentation}, and the
 * range every calendar date of the API accepts (the reader {@code StrictDates}): a string YYYY-MM-DD from
 * 1900-01-01 to 2100-12-31, as a pattern a contract tool checks.
 */
public final class ContractDocumentation extends ListPagingDocumentation {
    /** The range {@code de.kim.rest.internal.StrictDates} reads: four-digit years 1900 to 2100. */
    static final String DATE_PATTERN = "^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$";

    @Override
    @SuppressWarnings("rawtypes")
    public Optional<Schema> filterSchemaProperty(Schema property, Schema schema, String propName,
            Map<String, List<String>> params, Map<String, String> cookies, Map<String, List<String>> headers) {
        dateRange(property);
        if (property.getItems() != null) {
            dateRange(property.getItems());
        }
        return Optional.of(property);
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
        return super.filterOperation(operation, api, params, cookies, headers);
    }
}
