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
import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.DataSubjectService;
import de.kim.api.model.ClientRecord;
import de.kim.api.ReferralService;
import de.kim.api.TimelineService;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.Consent;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.StatusChange;
import de.kim.api.model.Timeline;
import java.net.URI;
import java.util.List;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Clients with their timeline (residence statuses, legal-domain periods) and consents.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ClientResource implements RestPart {
    private final ClientService clients;
    private final TimelineService timelines;
    private final ReferralService referrals;
    private final CaseService cases;
    private final DataSubjectService subjects;
    private final de.kim.api.SubjectAccessReport subjectReport;

    @Activate
    public ClientResource(@Reference ClientService clients, @Reference TimelineService timelines,
            @Reference ReferralService referrals, @Reference CaseService cases, @Reference DataSubjectService subjects,
            @Reference de.kim.api.SubjectAccessReport subjectReport) {
        this.subjects = subjects;
        this.subjectReport = subjectReport;
        this.clients = clients;
        this.timelines = timelines;
        this.referrals = referrals;
        this.cases = cases;
    }

    @Operation(operationId = "listClients", summary = "Search clients (paginated)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<Client> search(@Context SecurityContext security, @Parameter(description = "words that each begin a part of the name; case, accents and umlauts ignored") @QueryParam("q") String name, @Parameter(description = "YYYY-MM-DD") @QueryParam("dateOfBirth") String dateOfBirth,
            @Parameter(description = "AGS") @QueryParam("municipality") String municipality, @Parameter(description = "from 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 200, default 20") @QueryParam("size") String size) {
        int pageSize = Parameters.number("size", size, 20);
        if (pageSize < 1 || pageSize > 200) { // a page size out of range is a 400 on every list (ListPaging)
            throw new BadRequest("size", "must be between 1 and 200");
        }
        return new PagedList<>(clients.searchClients(CallerPrincipal.of(security), new ClientQuery(name,
                Parameters.date("dateOfBirth", dateOfBirth), Parameters.optionalAgs("municipality", municipality),
                Parameters.number("page", page, 0), pageSize)));
    }

    @Operation(operationId = "createClient", summary = "Register a client",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Client.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    public Response create(@Context SecurityContext security, Client client, @Context UriInfo uri) {
        Client created = clients.createClient(CallerPrincipal.of(security), Parameters.body(client));
        return created(uri, created.id(), created);
    }

    @Operation(operationId = "getClient", summary = "One client",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}")
    public Client get(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id) {
        return clients.client(CallerPrincipal.of(security), id);
    }

    /** Everything stored on the client (DSGVO Art. 15), as JSON or as a German PDF for the person. */
    @Operation(operationId = "exportClient", summary = "Everything stored on the client (DSGVO Art. 15)",
            description = "Holds the municipalities with further cases (without content) and the access log of the"
            + " person's data (Art. 15(1)(c)). format=pdf: the same as a German PDF to hand to the person. Roles:"
            + " KIM_CASE_MANAGER of the client's municipality (the case team; district scope: every case),"
            + " KIM_DPO (every case of the installation).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER of the " +
                    "client's municipality (the case team), KIM_DPO"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ClientRecord.class)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response export(@Context SecurityContext security, @PathParam("id") String id,
            @Parameter(description = "json (default) or pdf") @QueryParam("format") String format) {
        if (format != null && !format.equals("json") && !format.equals("pdf")) {
            throw new BadRequest("format", "is json or pdf");
        }
        ClientRecord record = subjects.export(CallerPrincipal.of(security), id);
        if ("pdf".equals(format)) {
            return Response.ok(subjectReport.pdf(record), "application/pdf").header("Content-Disposition",
                    "attachment; filename=\"auskunft-" + record.client().id() + ".pdf\"").build();
        }
        return Response.ok(record, MediaType.APPLICATION_JSON).build();
    }

    /** Erases the client with all cases (DSGVO Art. 17); 409 naming the rule while one keeps a case. */
    @Operation(operationId = "deleteClient", summary = "Erases the client with all cases (DSGVO Art. 17)",
            description = "Refused with 409 naming the retention rule, the open case or the legal " +
            "hold that keeps a case. Roles: KIM_CASE_MANAGER of the client's municipality (the case " +
            "team).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER of the " +
                    "client's municipality (the case team)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "204", description = "Erased")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "A retention rule, an open case or a legal hold keeps the data",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @DELETE
    @Path("{id}")
    public Response erase(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id) {
        subjects.erase(CallerPrincipal.of(security), id);
        return Response.noContent().build();
    }

    @Operation(operationId = "updateClient", summary = "Replace master data (send the version you read)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("{id}")
    public Client update(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, Client client) {
        return clients.updateClient(CallerPrincipal.of(security), id, Parameters.body(client));
    }

    @Operation(operationId = "linkClientHousehold", summary = "Link another client of the household (both directions)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    @Path("{id}/household")
    public Client link(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, HouseholdLink link) {
        return clients.link(CallerPrincipal.of(security), id, Parameters.body(link));
    }

    @Operation(operationId = "unlinkClientHousehold", summary = "Remove a household link",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @DELETE
    @Path("{id}/household/{other}")
    public Client unlink(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, @PathParam("other") String other) {
        return clients.unlink(CallerPrincipal.of(security), id, other);
    }

    @Operation(operationId = "getClientTimeline", summary = "Residence statuses, legal-domain periods, planned changes and deadlines",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}/timeline")
    public Timeline timeline(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id) {
        return timelines.timeline(CallerPrincipal.of(security), id);
    }

    @Operation(operationId = "createClientResidenceStatus", summary = "Record a residence status; the transition rules derive legal-domain changes, hand-overs and deadlines",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = StatusChange.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/residence-statuses")
    public Response recordStatus(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, ResidenceStatus status) {
        StatusChange change = timelines.recordResidenceStatus(CallerPrincipal.of(security), id, Parameters.body(status));
        return Response.status(Response.Status.CREATED).entity(change).build();
    }

    @Operation(operationId = "createClientLegalDomainPeriod", summary = "Add a legal-domain period (409 if it overlaps an exclusive one)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = LegalDomainPeriod.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/legal-domain-periods")
    public Response addPeriod(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, LegalDomainPeriod period) {
        return Response.status(Response.Status.CREATED).entity(timelines.addPeriod(CallerPrincipal.of(security), id, Parameters.body(period))).build();
    }

    @Operation(operationId = "endClientLegalDomainPeriod", summary = "End a period on its last day",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/legal-domain-periods/{periodId}/end")
    public LegalDomainPeriod endPeriod(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, @PathParam("periodId") String periodId,
            Actions.PeriodEnd end) {
        return timelines.endPeriod(CallerPrincipal.of(security), id, Parameters.id(periodId), Parameters.body(end).to());
    }

    @Operation(operationId = "continueClientYouthHelp", summary = "Record a continuation of help for young adults"
            + " beyond 21 (§41 SGB VIII); moves the planned change to SGB II",
            description = "Roles: KIM_CASE_MANAGER (own municipality). Only on an SGB VIII period; until at most the"
                    + " day before the 27th birthday (422), not beyond the period's end (409).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER"
                    + " (own municipality)"), @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Not an SGB VIII period, or it ends before",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/legal-domain-periods/{periodId}/continuation")
    public LegalDomainPeriod continueYouthHelp(@Context SecurityContext security,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id,
            @PathParam("periodId") String periodId, Actions.YouthHelpContinuation continuation) {
        return timelines.continueYouthHelp(CallerPrincipal.of(security), id, Parameters.id(periodId),
                Parameters.body(continuation).until());
    }

    @Operation(operationId = "listClientConsents", summary = "The client's consents",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Consents",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}/consents")
    public List<Consent> consents(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id) {
        return referrals.consents(CallerPrincipal.of(security), id);
    }

    @Operation(operationId = "createClientConsent", summary = "Record a consent",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Consents",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = Consent.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    @Path("{id}/consents")
    public Response recordConsent(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, Consent consent) {
        return Response.status(Response.Status.CREATED).entity(referrals.recordConsent(CallerPrincipal.of(security), id, Parameters.body(consent)))
                .build();
    }

    @Operation(operationId = "withdrawClientConsent", summary = "Withdraw a consent (today if no date); effective at once",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Consents",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    public Consent withdraw(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id, @PathParam("consentId") String consentId,
            Actions.ConsentWithdrawal withdrawal) {
        return referrals.withdrawConsent(CallerPrincipal.of(security), id, Parameters.id(consentId), withdrawal == null ? null : withdrawal.withdrawnOn());
    }

    @Operation(operationId = "listClientCases", summary = "The client's cases",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}/cases")
    public List<Case> cases(@Context SecurityContext security, @Parameter(description = "pseudonymous client id, e.g. K-7QF3M2XA") @PathParam("id") String id) {
        clients.client(CallerPrincipal.of(security), id);
        return cases.cases(CallerPrincipal.of(security), id, null, null);
    }

    static Response created(UriInfo uri, Object id, Object entity) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(entity).build();
    }
}
