package de.kim.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * A body sent to an operation that reads none (POST /auth/token, /auth/logout, /operations/backups, a redelivery,
 * ...) is refused with 400, as the OpenAPI description has it (no {@code requestBody}), instead of being ignored:
 * a client that sends one believes it says something.
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class BodylessOperations implements RestPart, ContainerRequestFilter {
    /** The annotations of a resource method's parameters that are not its body. */
    private static final Set<String> NOT_THE_BODY = Set.of("PathParam", "QueryParam", "HeaderParam", "CookieParam",
            "MatrixParam", "FormParam", "BeanParam", "Context", "Suspended");

    /** Parameter types through which an operation reads its request's body itself. */
    private static final Set<String> RAW_REQUEST = Set.of("org.apache.cxf.jaxrs.ext.MessageContext",
            "javax.servlet.http.HttpServletRequest", "java.io.InputStream");

    @Context
    private ResourceInfo resource;

    private final Map<Method, Boolean> readsBody = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        boolean sent = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (method == null || !sent || readsBody.computeIfAbsent(method, BodylessOperations::readsBody)) {
            return;
        }
        request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(ProblemMapper.toProblem(
                new BadRequest("body", "this operation takes no request body"))).build());
    }

    private static boolean readsBody(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            // an operation that reads the request itself (the multipart upload of an import)
            if (RAW_REQUEST.contains(type.getName())) {
                return true;
            }
        }
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean body = true;
            for (Annotation a : annotations) {
                if (NOT_THE_BODY.contains(a.annotationType().getSimpleName())) {
                    body = false;
                }
            }
            if (body) {
                return true;
            }
        }
        return false;
    }
}
