package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.kim.api.ConflictException;
import de.kim.api.access.ForbiddenException;
import de.kim.api.KimException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.operations.ReadOnlyException;
import de.kim.api.model.InvalidCodeException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns everything a request can fail with into a problem JSON body: the platform's own exceptions
 * into 404/409/422, malformed input into 400, JAX-RS errors keep their status, and anything
 * unexpected into a 500 whose body says nothing of the internals (the log has the trace).
 */
@Component(service = {RestPart.class, ExceptionMapper.class})
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class ProblemMapper implements RestPart, ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = toProblem(exception);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (exception instanceof ReadOnlyException) {
            response.header("Retry-After", 600);
        }
        if (exception instanceof WebApplicationException web) {
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.build();
    }

    static Problem toProblem(Throwable exception) {
        ClientGone gone = ClientGone.of(exception);
        if (gone != null) {
            LOG.debug("A request failed by its client: {}", gone.detail());
            return new Problem("about:blank", gone.status() == 408 ? "Request Timeout" : "Bad request", gone.status(),
                    gone.detail(), null);
        }
        if (exception instanceof ValidationException e) {
            return new Problem("urn:kim:problem:invalid-input", e.title(), 422, e.getMessage(), e.violations());
        }
        if (exception instanceof NotFoundException e) {
            return problem("not-found", e, 404);
        }
        if (exception instanceof ForbiddenException e) {
            return problem("forbidden", e, 403);
        }
        if (exception instanceof ReadOnlyException e) {
            return problem("read-only", e, 503);
        }
        if (exception instanceof ConflictException e) {
            return problem(e.code() == null ? "conflict" : e.code(), e, 409);
        }
        if (exception instanceof KimException e) {
            return problem("invalid-request", e, 400);
        }
        if (exception instanceof BadRequest e) {
            return new Problem("urn:kim:problem:bad-request", "Bad request", 400, e.getMessage(), e.violations());
        }
        if (exception instanceof InvalidCodeException e) {
            return new Problem("urn:kim:problem:bad-request", "Bad request", 400, e.getMessage(),
                    List.of(new Violation(e.field(), e.getMessage())));
        }
        if (exception instanceof BoundedBody.TooLarge e) {
            return new Problem("about:blank", "Payload Too Large", 413, e.getMessage(), null);
        }
        if (exception instanceof JsonProcessingException e) {
            return malformedJson(e);
        }
        if (exception instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonProcessingException json) {
                return malformedJson(json);
            }
            if (status >= 500) {
                LOG.error("Request failed", e);
                return new Problem("about:blank", "Internal error", status, "the request could not be completed", null);
            }
            Response.StatusType type = e.getResponse().getStatusInfo();
            return new Problem("about:blank", type.getReasonPhrase(), status, e.getMessage(), null);
        }
        LOG.error("Unexpected failure of a request", exception);
        return new Problem("about:blank", "Internal error", 500,
                "the request could not be completed; the server log has the details", null);
    }

    private static Problem problem(String slug, KimException e, int status) {
        return new Problem("urn:kim:problem:" + slug, e.title(), status, e.getMessage(), null);
    }

    private static Problem malformedJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown property '" + JsonShapes.quote(unknown.getPropertyName()) + "'";
        } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            detail = "unknown code '" + JsonShapes.quote(format.getValue()) + "'; allowed: " + Arrays.stream(
                    format.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException format) {
            detail = "value '" + JsonShapes.quote(format.getValue()) + "' is not " + JsonShapes.describe(format.getTargetType());
        } else if (e instanceof StreamConstraintsException) {
            detail = "the request body is nested too deeply or holds too long a value";
        } else if (e instanceof JsonParseException parse) {
            detail = "the request body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            detail = "expected " + JsonShapes.describe(mismatch.getTargetType());
        } else {
            detail = "the request body is not JSON of the expected shape";
        }
        List<Violation> violations = field == null || field.isEmpty() ? null : List.of(new Violation(field, detail));
        return new Problem("urn:kim:problem:malformed-body", "Malformed request body", 400, detail, violations);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
