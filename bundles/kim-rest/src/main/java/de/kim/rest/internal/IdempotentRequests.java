package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;

/**
 * Honours an {@code Idempotency-Key} on a POST: the first successful answer of a user's key is kept for
 * {@link #KEEP_MILLIS}, and the same POST sent again with that key gets that answer instead of doing the change
 * twice (a double click, a repeated request after a lost answer). While the first is still running the repeat
 * gets 409; a failed answer is not kept, so a corrected request may use the key again. Keys are per user and
 * path, held by this node only (docs/decisions.md, "Idempotent POSTs").
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class, ContainerResponseFilter.class})
@Priority(Priorities.USER + 200)
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class IdempotentRequests implements RestPart, ContainerRequestFilter, ContainerResponseFilter {
    static final String HEADER = "Idempotency-Key";
    static final long KEEP_MILLIS = 10 * 60_000L;
    private static final int MAX_KEPT = 20_000;
    private static final String PROPERTY = IdempotentRequests.class.getName();

    /** A kept answer; {@code status} 0 while the first request is still running. */
    private record Answer(int status, Object entity, String type, Object location, long at) {
    }

    private final Map<String, Answer> answers = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_KEPT || System.currentTimeMillis() - eldest.getValue().at() > KEEP_MILLIS;
        }
    };

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null) {
            return;
        }
        if (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+")) {
            request.abortWith(Authentication.refusal(Response.Status.BAD_REQUEST,
                    "Idempotency-Key: 1 to 100 visible ASCII characters, e.g. a UUID"));
            return;
        }
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (user == null) {
            return; // public or refused already
        }
        String id = user.getName() + '\0' + request.getUriInfo().getPath() + '\0' + key;
        Answer kept;
        synchronized (answers) {
            kept = answers.get(id);
            if (kept != null && System.currentTimeMillis() - kept.at() > KEEP_MILLIS) {
                answers.remove(id);
                kept = null;
            }
            if (kept == null) {
                answers.put(id, new Answer(0, null, null, null, System.currentTimeMillis()));
                request.setProperty(PROPERTY, id);
                return;
            }
        }
        if (kept.status() == 0) {
            request.abortWith(Authentication.refusal(Response.Status.CONFLICT,
                    "a request with this Idempotency-Key is still running; ask again when it has answered"));
            return;
        }
        Response.ResponseBuilder answer = Response.status(kept.status()).entity(kept.entity()).header(HEADER + "-Replayed", "true");
        if (kept.type() != null) {
            answer.type(kept.type());
        }
        if (kept.location() != null) {
            answer.header(HttpHeaders.LOCATION, kept.location());
        }
        request.abortWith(answer.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROPERTY) instanceof String id)) {
            return;
        }
        synchronized (answers) {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                List<Object> location = response.getHeaders().get(HttpHeaders.LOCATION);
                answers.put(id, new Answer(response.getStatus(), response.getEntity(),
                        response.getMediaType() == null ? null : response.getMediaType().toString(),
                        location == null || location.isEmpty() ? null : location.get(0), System.currentTimeMillis()));
            } else {
                answers.remove(id);
            }
        }
    }
}
