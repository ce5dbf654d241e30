package de.kim.core.internal.demo;

import de.kim.api.access.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.DirectoryService;
import de.kim.api.ReferralService;
import de.kim.api.StructuralFindingService;
import de.kim.api.TimelineService;
import de.kim.api.model.Activity;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Client;
import de.kim.api.model.Consent;
import de.kim.api.model.Goal;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.Occupation;
import de.kim.api.steering.Post;
import de.kim.api.steering.SteeringService;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import de.kim.api.model.Referral;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.StatusChange;
import de.kim.api.model.StructuralFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays the steps of a demo file through the services. Each step is an object with one key naming
 * what to do ({@code client}, {@code status}, {@code case}, {@code referral}, …); records are named by
 * {@code ref} and referred to by that name, offices by their name in the directory.
 */
final class DemoSteps {
    /** The demo data are played as the platform's own job; the audit trail shows it so. */
    static final Caller DEMO = de.kim.core.internal.access.CallerSeal.system("demo-data");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final DirectoryService directory;
    private final ClientService clients;
    private final TimelineService timelines;
    private final CaseService cases;
    private final ReferralService referrals;
    private final StructuralFindingService findings;
    private final SteeringService steering;
    private final Map<String, String> clientIds = new HashMap<>();
    private final Map<String, Long> caseIds = new HashMap<>();
    private final Map<String, Long> referralIds = new HashMap<>();

    DemoSteps(DirectoryService directory, ClientService clients, TimelineService timelines, CaseService cases,
            ReferralService referrals, StructuralFindingService findings, SteeringService steering) {
        this.steering = steering;
        this.directory = directory;
        this.clients = clients;
        this.timelines = timelines;
        this.cases = cases;
        this.referrals = referrals;
        this.findings = findings;
    }

    int play(JsonNode demo) {
        int played = 0;
        for (JsonNode post : demo.path("posts")) {
            ObjectNode p = (ObjectNode) post.deepCopy();
            p.put("officeId", office(p.remove("office")));
            steering.savePost(DEMO, as(p, Post.class));
            played++;
        }
        for (JsonNode trajectory : demo.path("trajectories")) {
            for (JsonNode step : trajectory.path("steps")) {
                String kind = step.fieldNames().next();
                try {
                    play(kind, (ObjectNode) step.get(kind));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("trajectory '" + trajectory.path("name").asText() + "', step "
                            + kind + " " + step.get(kind) + ": " + e.getMessage(), e);
                }
                played++;
            }
        }
        return played;
    }

    private void play(String kind, ObjectNode s) {
        switch (kind) {
            case "client" -> {
                String ref = text(s.remove("ref"));
                clientIds.put(ref, clients.createClient(DEMO, as(s, Client.class)).id());
            }
            case "household" -> clients.link(DEMO, client(s), new HouseholdLink(clientIds.get(s.path("other").asText()),
                    HouseholdLink.Relation.valueOf(s.path("relation").asText())));
            case "period" -> {
                String client = client(s);
                s.put("officeId", office(s.remove("office")));
                timelines.addPeriod(DEMO, client, as(s, LegalDomainPeriod.class));
            }
            case "occupation" -> {
                String client = client(s);
                timelines.recordOccupation(DEMO, client, as(s, Occupation.class));
            }
            case "status" -> {
                String client = client(s);
                String referralRef = text(s.remove("referralRef"));
                StatusChange change = timelines.recordResidenceStatus(DEMO, client, as(s, ResidenceStatus.class));
                if (referralRef != null) {
                    referralIds.put(referralRef, change.transitions().stream().filter(t -> t.referralId() != null)
                            .findFirst().orElseThrow(() -> new IllegalStateException("no hand-over was opened: "
                                    + change.transitions())).referralId());
                }
            }
            case "case" -> {
                String ref = text(s.remove("ref"));
                s.put("clientId", clientIds.get(text(s.remove("client"))));
                caseIds.put(ref, cases.openCase(DEMO, as(s, Case.class)).id());
            }
            case "phase" -> {
                long id = kimCase(s);
                cases.moveToPhase(DEMO, id, CasePhase.valueOf(s.path("phase").asText()), text(s.get("reason")),
                        cases.caseById(DEMO, id).version());
            }
            case "assess" -> cases.assess(DEMO, kimCase(s), as(s, Assessment.class));
            case "goal" -> cases.addGoal(DEMO, kimCase(s), as(s, Goal.class));
            case "activity" -> cases.addActivity(DEMO, kimCase(s), as(s, Activity.class));
            case "consent" -> {
                String client = client(s);
                s.put("recipientOfficeId", office(s.remove("office")));
                referrals.recordConsent(DEMO, client, as(s, Consent.class));
            }
            case "referral" -> {
                String ref = text(s.remove("ref"));
                long kimCase = kimCase(s);
                s.put("toOfficeId", office(s.remove("office")));
                referralIds.put(ref, referrals.refer(DEMO, kimCase, as(s, Referral.class)).id());
            }
            case "referralStatus" -> {
                long id = referralIds.get(s.path("referral").asText());
                referrals.changeStatus(DEMO, id, Referral.Status.valueOf(s.path("status").asText()), text(s.get("outcome")),
                        referrals.referral(DEMO, id).version());
            }
            case "finding" -> {
                List<Long> linked = new ArrayList<>();
                s.remove("cases").forEach(c -> linked.add(caseIds.get(c.asText())));
                String status = text(s.remove("status"));
                StructuralFinding finding = findings.report(DEMO, new StructuralFinding(null,
                        as(s, StructuralFinding.class).topic(), s.path("title").asText(), text(s.get("description")),
                        linked, null, null, null));
                if (status != null) {
                    findings.changeStatus(DEMO, finding.id(), StructuralFinding.Status.valueOf(status), finding.version());
                }
            }
            default -> throw new IllegalArgumentException("unknown step '" + kind + "'");
        }
    }

    private String client(ObjectNode s) {
        String id = clientIds.get(text(s.remove("client")));
        if (id == null) {
            throw new IllegalArgumentException("unknown client ref");
        }
        return id;
    }

    private long kimCase(ObjectNode s) {
        Long id = caseIds.get(text(s.remove("case")));
        if (id == null) {
            throw new IllegalArgumentException("unknown case ref");
        }
        return id;
    }

    /** The id of the office with this name, or null for no name. */
    private Long office(JsonNode name) {
        if (name == null || name.isNull()) {
            return null;
        }
        return directory.offices(OfficeQuery.all()).stream().filter(o -> o.name().equals(name.asText()))
                .map(Office::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no office named '" + name.asText() + "'"));
    }

    private <T> T as(JsonNode node, Class<T> type) {
        return json.convertValue(node, type);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
