package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import java.util.List;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Pages every list the API answers with a JSON array: the query parameters {@code page} (from 0) and
 * {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) choose the page; the header
 * {@code X-Total-Count} says how many records there are in all and {@code Link} points to the next and
 * previous pages (RFC 8288), so that no list is ever cut off silently. Lists a resource read page by
 * page from the database arrive as a {@link PagedList}; shorter ones are cut here.
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class ListPaging implements RestPart, ContainerRequestFilter, ContainerResponseFilter {
    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 1000;
    static final String TOTAL = "X-Total-Count";
    /** Said (true) when more records match than a search counts: then more than X-Total-Count match. */
    static final String TOTAL_CAPPED = "X-Total-Count-Capped";
    private static final String PAGE = "kim.page";
    /** Characters of a Link header at most (Jetty's response headers hold 8 KB in all). */
    static final int MAX_LINK = 2048;

    @Context
    private ResourceInfo resource;

    /** The page asked for. */
    record PageRequest(int page, int size) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || declaredQueryParameters().contains("size")) {
            return; // an operation with its own page size (the person search: 1 to 200) checks it itself, as a 400
        }
        try {
            request.setProperty(PAGE, of(request.getUriInfo().getQueryParameters()));
        } catch (BadRequest e) {
            request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(ProblemMapper.toProblem(e)).build());
        }
    }

    /** The page the query parameters ask for (page 0 of the default size if they name none); 400 if malformed. */
    static PageRequest of(MultivaluedMap<String, String> query) {
        int page = Parameters.number("page", query.getFirst("page"), 0);
        int size = Parameters.number("size", query.getFirst("size"), DEFAULT_SIZE);
        if (page < 0) {
            throw new BadRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequest("page", "lies beyond every list");
        }
        return new PageRequest(page, size);
    }

    /** The query parameters of each resource method, read once per method (not on every request). */
    private final java.util.Map<java.lang.reflect.Method, Set<String>> declared = new java.util.concurrent.ConcurrentHashMap<>();

    /** The query parameters the matched resource method names. */
    private Set<String> declaredQueryParameters() {
        java.lang.reflect.Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? Set.of() : declared.computeIfAbsent(method, ListPaging::queryParameters);
    }

    private static Set<String> queryParameters(java.lang.reflect.Method method) {
        Set<String> names = new HashSet<>();
        for (java.lang.annotation.Annotation[] annotations : method.getParameterAnnotations()) {
            for (java.lang.annotation.Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return names;
    }

    private static PageRequest of(ContainerRequestContext request) {
        Object page = request.getProperty(PAGE);
        return page instanceof PageRequest p ? p : new PageRequest(0, DEFAULT_SIZE);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof List<?> list)) {
            return;
        }
        long total;
        int page;
        int size;
        if (list instanceof PagedList<?> paged) {
            if (paged.totalCapped()) {
                response.getHeaders().putSingle(TOTAL_CAPPED, true);
            }
            total = paged.total();
            page = paged.page();
            size = paged.pageSize();
        } else {
            PageRequest asked = of(request);
            total = list.size();
            page = asked.page();
            size = asked.size();
            int from = (int) Math.min(list.size(), (long) page * size);
            int to = (int) Math.min(list.size(), (long) from + size);
            if (from != 0 || to != list.size()) {
                response.setEntity(List.copyOf(list.subList(from, to)), response.getEntityAnnotations(),
                        response.getMediaType());
            }
        }
        response.getHeaders().putSingle(TOTAL, total);
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQuery(null);
        // the links repeat only the parameters the operation reads: a stray one of 8,000 characters, repeated
        // in "next" and "prev", made the answer's headers too large (a 500 with an empty body)
        Set<String> declared = declaredQueryParameters();
        request.getUriInfo().getQueryParameters(false).forEach((name, values) -> { // as sent, still encoded
            if (declared.contains(name) && !name.equals("page") && !name.equals("size")) {
                uri.queryParam(name, values.stream().map(v -> v.replace("{", "%7B").replace("}", "%7D")).toArray());
            }
        });
        uri.queryParam("size", size);
        StringBuilder links = new StringBuilder();
        if ((long) (page + 1) * size < total) {
            links.append('<').append(uri.clone().replaceQueryParam("page", page + 1).build()).append(">; rel=\"next\"");
        }
        if (page > 0) {
            long last = Math.max(0, (total - 1) / size);
            links.append(links.length() > 0 ? ", " : "").append('<')
                    .append(uri.clone().replaceQueryParam("page", Math.min(page - 1, last)).build()).append(">; rel=\"prev\"");
        }
        if (links.length() > 0 && links.length() <= MAX_LINK) { // longer: page and size are enough to page on
            response.getHeaders().putSingle("Link", links.toString());
        }
    }
}
