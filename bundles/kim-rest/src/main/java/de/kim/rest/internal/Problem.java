package de.kim.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.kim.api.Violation;
import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}.
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong in this request
 * @param violations for invalid input: every broken rule with its field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
