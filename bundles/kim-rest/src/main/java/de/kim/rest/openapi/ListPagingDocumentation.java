package de.kim.rest.openapi;

import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.core.model.ApiDescription;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build time only (the swagger-maven-plugin's filter; nothing at run time loads it): documents the
 * paging every JSON-array list of the API has (the filter {@code ListPaging}): the query parameters
 * {@code page} and {@code size} and the answer headers {@code X-Total-Count} and {@code Link}.
 */
public class ListPagingDocumentation extends AbstractSpecFilter {

    @Override
    public Optional<Operation> filterOperation(Operation operation, ApiDescription api, Map<String, List<String>> params,
            Map<String, String> cookies, Map<String, List<String>> headers) {
        if (!"get".equalsIgnoreCase(api.getMethod()) || !answersArray(operation)) {
            return Optional.of(operation);
        }
        List<Parameter> existing = operation.getParameters();
        if (existing == null || existing.stream().noneMatch(p -> "page".equals(p.getName()))) {
            operation.addParametersItem(new Parameter().in("query").name("page")
                    .description("page number, from 0").schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)));
            operation.addParametersItem(new Parameter().in("query").name("size")
                    .description("records per page, 1 to 1000, default 500")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(1000))));
        }
        ApiResponse ok = operation.getResponses().get("200");
        ok.addHeaderObject("X-Total-Count", new Header().description("how many records the whole list has")
                .schema(new IntegerSchema()));
        ok.addHeaderObject("X-Total-Count-Capped", new Header().description("true when more records match than a "
                + "search counts (the person search counts up to 1,000): then more than X-Total-Count match")
                .schema(new io.swagger.v3.oas.models.media.BooleanSchema()));
        ok.addHeaderObject("Link", new Header().description("next and previous page (RFC 8288), where there is one")
                .schema(new StringSchema()));
        return Optional.of(operation);
    }

    private static boolean answersArray(Operation operation) {
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        MediaType json = ok.getContent().get("application/json");
        return json != null && (json.getSchema() instanceof ArraySchema || "array".equals(json.getSchema().getType()));
    }
}
