package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Set;
import javax.ws.rs.CookieParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Short-lived bearer tokens for users who logged in with HTTP Basic, so that a browser or script does not send
 * the password with every request, and the web session around them: a refresh token in an HttpOnly cookie
 * limited to this path renews the tokens while the user works, also after a reload, and is never readable by
 * scripts. Roles: any authenticated user.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource implements RestPart {
    /** The refresh cookie's name and the only path it is sent to. */
    static final String COOKIE = "kim_refresh";
    static final String COOKIE_PATH = "/api/v1/auth";
    /** The requests the refresh cookie authenticates (no Authorization header). */
    static final Set<String> COOKIE_PATHS = Set.of("auth/refresh", "auth/logout");

    /**
     * A token and the session it belongs to.
     *
     * @param access_token       the bearer token (JWT)
     * @param token_type         always {@code Bearer}
     * @param expires_in         seconds the bearer token is valid
     * @param refresh_expires_in seconds the session lasts without a renewal (its refresh cookie)
     */
    @Schema(name = "TokenAnswer")
    public record TokenAnswer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String access_token,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "Bearer") String token_type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long expires_in,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long refresh_expires_in) {
    }

    private final Authentication authentication;

    @Activate
    public AuthResource(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    /** A token for the Basic-authenticated user (a token cannot be traded for a longer one). */
    @Operation(operationId = "createToken", summary = "A short-lived bearer token (JWT) for the user authenticated with HTTP Basic",
            description = "Roles: any authenticated user. Also sets the session's refresh cookie (HttpOnly, SameSite=Strict,"
                    + " path /api/v1/auth) for POST /auth/refresh. A caller may ask for a shorter session than configured.",
            tags = "Authentication",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TokenAnswer.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("token")
    public Response token(@Context SecurityContext security,
            @Parameter(description = "seconds each bearer token lives, at most the configured token.minutes")
            @QueryParam("accessSeconds") Integer accessSeconds,
            @Parameter(description = "seconds the session lasts without a renewal, at most session.idle.minutes")
            @QueryParam("idleSeconds") Integer idleSeconds) {
        CallerPrincipal principal = CallerPrincipal.principal(security);
        if (!SecurityContext.BASIC_AUTH.equals(principal.scheme())) {
            throw new BadRequest("Authorization", "log in with HTTP Basic to get a token");
        }
        if (accessSeconds != null && accessSeconds < 5 || idleSeconds != null && idleSeconds < 5) {
            throw new BadRequest(accessSeconds != null && accessSeconds < 5 ? "accessSeconds" : "idleSeconds",
                    "must be at least 5");
        }
        return answer(authentication.session(principal.getName(), principal.names(),
                accessSeconds == null ? 0 : accessSeconds, idleSeconds == null ? 0 : idleSeconds));
    }

    /** A new token for the session of the refresh cookie: the web workspace calls it while the user works and after a reload. */
    @Operation(operationId = "refreshToken", summary = "Renews the web session of the refresh cookie: a new token and a new cookie",
            description = "Roles: the holder of a valid refresh cookie (set by POST /auth/token). Each cookie renews once;"
                    + " a logged-out, expired or reused one answers 401 and is deleted.",
            tags = "Authentication",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "holder of the refresh cookie")}))
    @SecurityRequirement(name = "refreshCookie")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TokenAnswer.class)))
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @POST
    @Path("refresh")
    public Response refresh(@CookieParam(COOKIE) String cookie,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        json(type);
        StringBuilder why = new StringBuilder();
        Authentication.Session session = authentication.renew(cookie, why);
        if (session == null) {
            return Response.fromResponse(Authentication.refusal(Response.Status.UNAUTHORIZED, why.toString()))
                    .header(HttpHeaders.SET_COOKIE, cookie("", 0)).build();
        }
        return answer(session);
    }

    /** Ends the web session: its refresh cookie renews nothing any more and is deleted. */
    @Operation(operationId = "logout", summary = "Ends the web session of the refresh cookie",
            description = "Roles: public (the refresh cookie, if any, names the session); without a valid cookie it only"
                    + " deletes the cookie.",
            tags = "Authentication",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "204", description = "the session has ended")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @POST
    @Path("logout")
    public Response logout(@CookieParam(COOKIE) String cookie,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        json(type);
        authentication.end(cookie);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", 0)).build();
    }

    /** The cookie authenticates: like a Basic POST, it must be JSON, which no form of another site can send. */
    private static void json(String type) {
        if (!ApiBoundary.isJson(type)) {
            throw new javax.ws.rs.WebApplicationException(Authentication.refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "send Content-Type: application/json (also with an empty body): a cookie-authenticated POST"
                            + " must not be sendable by another site's form"));
        }
    }

    private static Response answer(Authentication.Session session) {
        return Response.ok(new TokenAnswer(session.accessToken(), "Bearer", session.accessSeconds(), session.idleSeconds()))
                .header(HttpHeaders.SET_COOKIE, cookie(session.refreshToken(), session.idleSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /**
     * The refresh cookie: HttpOnly (no script reads it), Secure (browsers treat http://localhost as secure, so it
     * also works there), SameSite=Strict and sent only to {@link #COOKIE_PATH}.
     */
    private static String cookie(String value, long maxAge) {
        return COOKIE + "=" + value + "; Path=" + COOKIE_PATH + "; Max-Age=" + maxAge + "; HttpOnly; Secure; SameSite=Strict";
    }
}
