package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import de.kim.api.operations.BackupManifest;
import de.kim.api.operations.Backups;
import de.kim.api.operations.ReadOnlyMode;
import de.kim.api.operations.ReadOnlyState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import javax.ws.rs.Consumes;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Operating the platform: the read-only switch and backups. Roles: administrator. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
public final class OperationsResource implements RestPart {
    private final ReadOnlyMode readOnly;
    private final Backups backups;

    /** A switch of the read-only mode. */
    public record ReadOnlySwitch(boolean readOnly, String reason) {
    }

    @Activate
    public OperationsResource(@Reference ReadOnlyMode readOnly, @Reference Backups backups) {
        this.readOnly = readOnly;
        this.backups = backups;
    }

    @Operation(operationId = "listBackups", summary = "The backups in the configured folder, newest first",
            description = "Roles: KIM_ADMIN.", tags = "Operations",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("backups")
    public List<BackupManifest> backups(@Context SecurityContext security) {
        return backups.list(CallerPrincipal.of(security));
    }

    @Operation(operationId = "takeBackup", summary = "Take an online backup now (audited)",
            description = "Roles: KIM_ADMIN. The platform keeps serving meanwhile; the answer is the backup's "
                    + "manifest (files, sizes, SHA-256). Also while read-only.", tags = "Operations",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = BackupManifest.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("backups")
    public Response backup(@Context SecurityContext security) {
        BackupManifest manifest = backups.backup(CallerPrincipal.of(security), null, bytes -> { });
        return Response.status(Response.Status.CREATED).entity(manifest).build();
    }

    @Operation(operationId = "getReadOnlyMode", summary = "Whether the platform refuses changes (read-only mode)",
            description = "Roles: KIM_ADMIN.", tags = "Operations",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("read-only")
    public ReadOnlyState readOnly() {
        return readOnly.state();
    }

    @Operation(operationId = "switchReadOnlyMode", summary = "Switch the read-only mode on or off (audited)",
            description = "Roles: KIM_ADMIN. While on, every change answers 503; reads and exports work; the "
                    + "mode survives a restart.", tags = "Operations",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @PUT
    @Path("read-only")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadOnlyState switchReadOnly(@Context SecurityContext security, ReadOnlySwitch change) {
        ReadOnlySwitch body = Parameters.body(change);
        return readOnly.switchTo(CallerPrincipal.of(security), body.readOnly(), body.reason());
    }
}
