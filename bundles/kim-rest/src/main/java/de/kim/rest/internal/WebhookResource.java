package de.kim.rest.internal;

import de.kim.api.connect.Delivery;
import de.kim.api.connect.WebhookSubscription;
import de.kim.api.connect.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Webhook subscriptions and the deliveries of the outbox (with the dead-letter list), for integrators:
 * administrators only. Every request to a receiver is signed (HMAC-SHA256, {@code KIM-Signature}).
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WebhookResource implements RestPart {
    private static final String ROLES = "KIM_ADMIN (integrators; payloads carry ids and codes, never names)";

    /** Switches a subscription on or off. */
    record Activation(Boolean active) {
    }

    private final Webhooks webhooks;

    @Activate
    public WebhookResource(@Reference Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(operationId = "listWebhooks", summary = "Webhook subscriptions (without their secrets)",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<WebhookSubscription> list(@Context SecurityContext security) {
        return webhooks.subscriptions(CallerPrincipal.of(security));
    }

    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to events; the answer shows the"
            + " signing secret, the only time it is shown", description = "Roles: " + ROLES + ". Events:"
            + " referral.status-changed, handover.deadline-due, form.submitted, case.closed, or *.",
            tags = "Connectors", extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookSubscription.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "Not an http(s) URL, an unknown event, no purpose",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    public Response create(@Context SecurityContext security, WebhookSubscription subscription) {
        WebhookSubscription created = webhooks.subscribe(CallerPrincipal.of(security), Parameters.body(subscription));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(operationId = "activateWebhook", summary = "Switch deliveries to a subscription on or off",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @PUT
    @Path("{id}/active")
    public WebhookSubscription activate(@Context SecurityContext security, @PathParam("id") String id,
            Activation activation) {
        if (Parameters.body(activation).active() == null) {
            throw new BadRequest("active", "true or false");
        }
        return webhooks.activate(CallerPrincipal.of(security), Parameters.id(id), activation.active());
    }

    @Operation(operationId = "deleteWebhook", summary = "Remove a subscription (its pending deliveries are dropped)",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        webhooks.unsubscribe(CallerPrincipal.of(security), Parameters.id(id));
        return Response.noContent().build();
    }

    @Operation(operationId = "listDeliveries", summary = "Deliveries of events to webhooks and connectors, newest"
            + " first; state=FAILED is the dead-letter list", description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("deliveries")
    public List<Delivery> deliveries(@Context SecurityContext security,
            @Parameter(description = "PENDING, DELIVERED or FAILED") @QueryParam("state") String state,
            @Parameter(description = "webhook:<id> or connector:<id>") @QueryParam("target") String target,
            @Parameter(description = "default 100, at most 1000") @QueryParam("limit") String limit) {
        Delivery.State s = state == null || state.isBlank() ? null : Parameters.code(Delivery.State.class, "state", state);
        int n = Parameters.number("limit", limit, 100);
        if (n < 1 || n > 1000) {
            throw new BadRequest("limit", "between 1 and 1000");
        }
        return webhooks.deliveries(CallerPrincipal.of(security), s, target == null || target.isBlank() ? null : target, n);
    }

    @Operation(operationId = "redeliver", summary = "Put a delivery back in the queue (attempts reset)",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    @Path("deliveries/{id}/redelivery")
    public Delivery redeliver(@Context SecurityContext security, @PathParam("id") String id) {
        return webhooks.redeliver(CallerPrincipal.of(security), Parameters.id(id));
    }

    @Operation(operationId = "redeliverFailed", summary = "Put every failed delivery back in the queue",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "How many were put back: {\"redelivered\": n}",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("deliveries/redelivery")
    public Map<String, Integer> redeliverFailed(@Context SecurityContext security) {
        return Map.of("redelivered", webhooks.redeliverFailed(CallerPrincipal.of(security)));
    }
}
