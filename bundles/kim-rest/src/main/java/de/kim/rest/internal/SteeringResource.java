package de.kim.rest.internal;

import de.kim.api.steering.Caseload;
import de.kim.api.steering.EnteredNeeds;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.MonitoringSnapshot;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.Post;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import de.kim.api.steering.SteeringService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
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
 * The steering half of KIM: posts and caseloads, needs assessment, indicators side by side and over
 * time, findings by topic and municipality, monitoring snapshots, and the steering group's meetings.
 * Aggregates only, suppressed like every indicator; case managers, clerks and the administrator get 403
 * (the administrator may manage posts).
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("steering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SteeringResource implements RestPart {
    static final String READ = "KIM_COORDINATOR, KIM_STEERING (aggregates with small-cell suppression)";
    private static final String WRITE = "KIM_COORDINATOR";
    private static final String POSTS = "KIM_COORDINATOR, KIM_STEERING, KIM_ADMIN (read); KIM_COORDINATOR, KIM_ADMIN (write)";

    /** Asks for the snapshot of a period. */
    record SnapshotRequest(Integer period) {
    }

    private final SteeringService steering;

    @Activate
    public SteeringResource(@Reference SteeringService steering) {
        this.steering = steering;
    }

    private static int year(String value) {
        int year = Parameters.number("period", value, LocalDate.now().getYear() - 1);
        if (year < 2000 || year > 2100) {
            throw new BadRequest("period", "'" + value + "' is not a year between 2000 and 2100");
        }
        return year;
    }

    @Operation(operationId = "listPosts", summary = "KIM staff posts (Stellen) with role, FTE, funding and placement",
            description = "Roles: " + POSTS + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = POSTS)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("posts")
    public List<Post> posts(@Context SecurityContext security,
            @Parameter(description = "true: also posts that ended or begin later", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "boolean")) @QueryParam("all") String allValue) {
        boolean all = Parameters.flag("all", allValue);
        return steering.posts(CallerPrincipal.of(security), all);
    }

    @Operation(operationId = "createPost", summary = "Create a post", description = "Roles: " + POSTS + ".",
            tags = "Steering", extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = POSTS)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Post.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("posts")
    public Response createPost(@Context SecurityContext security, Post post) {
        Post body = Parameters.body(post);
        Post created = steering.savePost(CallerPrincipal.of(security), new Post(null, body.municipality(), body.officeId(),
                body.role(), body.fte(), body.funding(), body.placement(), body.holder(), body.holderName(), body.from(),
                body.to(), null));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(operationId = "updatePost", summary = "Change a post (send the version read)", description = "Roles: "
            + POSTS + ".", tags = "Steering", extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles",
            value = POSTS)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Changed by someone else",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("posts/{id}")
    public Post updatePost(@Context SecurityContext security, @PathParam("id") String id, Post post) {
        Post b = Parameters.body(post);
        return steering.savePost(CallerPrincipal.of(security), new Post(Parameters.id(id), b.municipality(), b.officeId(),
                b.role(), b.fte(), b.funding(), b.placement(), b.holder(), b.holderName(), b.from(), b.to(),
                Actions.version(b.version())));
    }

    @Operation(operationId = "listCaseloads", summary = "Open cases per full-time case-manager post, per municipality",
            description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("caseloads")
    public List<Caseload> caseloads(@Context SecurityContext security) {
        return steering.caseloads(CallerPrincipal.of(security));
    }

    @Operation(operationId = "getNeedsAssessment", summary = "Needs assessment (Bedarfserhebung) of a municipality for a"
            + " year, with the year before", description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("needs/{ags}")
    public NeedsAssessment needs(@Context SecurityContext security, @PathParam("ags") String ags,
            @Parameter(description = "the year, e.g. 2025; default the last year") @QueryParam("period") String period) {
        return steering.needs(CallerPrincipal.of(security), Parameters.ags("ags", ags), year(period));
    }

    @Operation(operationId = "enterNeeds", summary = "Enter the figures and local conditions of a needs assessment",
            description = "Roles: " + WRITE + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = WRITE)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Changed by someone else",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("needs/{ags}")
    public EnteredNeeds enterNeeds(@Context SecurityContext security, @PathParam("ags") String ags,
            @Parameter(description = "the year, e.g. 2025") @QueryParam("period") String period, EnteredNeeds entered) {
        return steering.enterNeeds(CallerPrincipal.of(security), Parameters.ags("ags", ags), year(period),
                Parameters.body(entered));
    }

    @Operation(operationId = "listSteeringIndicators", summary = "Every indicator per municipality (also per 1,000"
            + " residents) and as a trend over the years", description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("indicators")
    public List<SteeringFigures> indicators(@Context SecurityContext security,
            @Parameter(description = "the year; default the last year") @QueryParam("period") String period,
            @Parameter(description = "first year of the trend; default four years before") @QueryParam("from") String from) {
        int year = year(period);
        int first = from == null || from.isEmpty() ? year - 4 : year(from);
        if (first > year) {
            throw new BadRequest("from", "must not be after the period " + year);
        }
        return steering.figures(CallerPrincipal.of(security), year, first);
    }

    @Operation(operationId = "countStructuralFindings", summary = "Structural findings by topic area and municipality",
            description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("findings")
    public List<FindingCount> findings(@Context SecurityContext security) {
        return steering.findingCounts(CallerPrincipal.of(security));
    }

    @Operation(operationId = "listMonitoringSnapshots", summary = "Monitoring snapshots: the published figures per year",
            description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("snapshots")
    public List<MonitoringSnapshot> snapshots(@Context SecurityContext security,
            @Parameter(description = "only this year") @QueryParam("period") String period) {
        return steering.snapshots(CallerPrincipal.of(security), period == null || period.isEmpty() ? null : year(period));
    }

    @Operation(operationId = "takeMonitoringSnapshot", summary = "Compute the figures of a year now and keep them",
            description = "Roles: " + WRITE + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = WRITE)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Taken",
            content = @Content(schema = @Schema(implementation = MonitoringSnapshot.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("snapshots")
    public Response takeSnapshot(@Context SecurityContext security, SnapshotRequest request) {
        Integer period = Parameters.body(request).period();
        if (period == null || period < 2000 || period > 2100) {
            throw new BadRequest("period", "a year between 2000 and 2100 is required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(steering.takeSnapshot(CallerPrincipal.of(security), period)).build();
    }

    @Operation(operationId = "listSteeringMeetings", summary = "Meetings of the steering group (Steuerungsgruppe)",
            description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("meetings")
    public List<SteeringMeeting> meetings(@Context SecurityContext security) {
        return steering.meetings(CallerPrincipal.of(security));
    }

    @Operation(operationId = "getSteeringMeeting", summary = "A meeting with its agenda and decisions",
            description = "Roles: " + READ + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = READ)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("meetings/{id}")
    public SteeringMeeting meeting(@Context SecurityContext security, @PathParam("id") String id) {
        return steering.meeting(CallerPrincipal.of(security), Parameters.id(id));
    }

    @Operation(operationId = "scheduleSteeringMeeting", summary = "Schedule a meeting; its agenda is drawn from the open"
            + " and raised structural findings", description = "Roles: " + WRITE + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = WRITE)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = SteeringMeeting.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("meetings")
    public Response schedule(@Context SecurityContext security, SteeringMeeting meeting) {
        return Response.status(Response.Status.CREATED)
                .entity(steering.scheduleMeeting(CallerPrincipal.of(security), Parameters.body(meeting))).build();
    }

    @Operation(operationId = "recordSteeringDecision", summary = "Record a decision on a finding of the meeting's agenda",
            description = "Roles: " + WRITE + ".", tags = "Steering",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = WRITE)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Recorded; the meeting with all its decisions",
            content = @Content(schema = @Schema(implementation = SteeringMeeting.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "The finding is resolved already",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("meetings/{id}/decisions")
    public Response decide(@Context SecurityContext security, @PathParam("id") String id,
            SteeringMeeting.Decision decision) {
        return Response.status(Response.Status.CREATED).entity(steering.recordDecision(CallerPrincipal.of(security),
                Parameters.id(id), Parameters.body(decision))).build();
    }
}
