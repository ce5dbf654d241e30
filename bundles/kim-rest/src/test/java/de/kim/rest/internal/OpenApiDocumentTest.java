package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document describes exactly the operations the resources serve, each fully. */
class OpenApiDocumentTest {
    private static final List<Class<?>> RESOURCES = List.of(MunicipalityResource.class, OfficeResource.class,
            ServiceOfferResource.class, ReferenceDataResource.class, OpenApiResource.class, ClientResource.class,
            CaseResource.class, ReferralResource.class, DueResource.class, StructuralFindingResource.class,
            TransitionRuleResource.class, FormResource.class, CaseFormResource.class, CaseSubmissionResource.class,
            CaseTaskResource.class, CaseProcedureResource.class, ProcedureResource.class, IndicatorResource.class,
            ExtensionResource.class, AuthResource.class, HealthResource.class, AuditResource.class, OperationsResource.class,
            MetricsResource.class, OccupationResource.class, SteeringResource.class,
            ReportResource.class, WebhookResource.class, ExportResource.class, ImportResource.class,
            CaseloadExportResource.class, DocumentResource.class);

    @Test
    void everyResourceOperationIsDescribedAndNothingElse() throws Exception {
        JsonNode paths;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            paths = new ObjectMapper().readTree(in).get("paths");
        }
        Set<String> served = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    served.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        Set<String> described = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
            if (Set.of("get", "put", "post", "delete").contains(key)) {
                described.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertTrue(served.size() >= 13, "resources found: " + served);
        assertEquals(served, described);
    }

    /**
     * Every operation has an operationId, a tag, its roles, and a security requirement unless it is
     * public; every operation on personal data is secured and says so.
     */
    @Test
    void everyOperationNamesItsIdTagRolesAndSecurity() throws Exception {
        JsonNode paths;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            paths = new ObjectMapper().readTree(in).get("paths");
        }
        Set<String> ids = new TreeSet<>();
        int personal = 0;
        for (var path = paths.fields(); path.hasNext();) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext();) {
                var operation = op.next();
                String what = operation.getKey() + " " + entry.getKey();
                JsonNode o = operation.getValue();
                assertTrue(ids.add(o.path("operationId").asText()), what + ": operationId missing or twice");
                assertTrue(o.path("tags").size() == 1, what + ": one tag");
                String roles = o.path("x-kim-roles").asText();
                assertTrue(!roles.isEmpty(), what + ": roles");
                // Basic and bearer; the session renewal has its refresh cookie only
                boolean secured = o.path("security").size() == (entry.getKey().equals("/auth/refresh") ? 1 : 2);
                assertEquals(!roles.equals("public"), secured, what + ": security matches the roles " + roles);
                if (o.path("x-kim-personal-data").asBoolean()) {
                    personal++;
                    assertTrue(secured && o.path("responses").has("401"), what + ": personal data secured");
                }
            }
        }
        assertTrue(personal >= 40, "operations on personal data: " + personal);
    }

    private static String join(String base, String sub) {
        List<String> parts = new ArrayList<>();
        for (String part : (base + "/" + sub).split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
