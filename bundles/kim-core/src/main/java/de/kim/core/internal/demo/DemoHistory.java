package de.kim.core.internal.demo;

import com.fasterxml.jackson.databind.JsonNode;
import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.ReferralService;
import de.kim.api.StructuralFindingService;
import de.kim.api.TimelineService;
import de.kim.api.model.Activity;
import de.kim.api.model.Address;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Client;
import de.kim.api.model.Consent;
import de.kim.api.model.Goal;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.Purpose;
import de.kim.api.model.Referral;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.StructuralFinding;
import de.kim.api.model.ResidenceTitle;
import de.kim.api.model.TargetGroup;
import de.kim.api.model.TopicArea;
import de.kim.api.steering.SteeringMeeting;
import de.kim.api.steering.SteeringService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A plausible history of the district's case management, generated from the {@code history} section of the
 * demo file and played through the same services as the trajectories: from 1 January {@code years − 1} years
 * before today, each KIM town opens its cases per year spread over the year; each case goes as far through
 * intake, assessment, planning and monitoring as its age allows, gets its first contact, goals that end as
 * they do in practice, hand-overs at a change of Rechtskreis with the consent they need, and many close. The
 * same seed and the same today give the same history; nothing is dated after today.
 */
final class DemoHistory {
    private static final String[] CLOSURE_REASONS = {"Ziele erreicht", "Übergabe an den Regeldienst abgeschlossen",
        "Wegzug aus dem Kreis", "Kein Kontakt mehr seit drei Monaten", "Ziele erreicht"};

    /** Who the history's cases are about, with the Rechtskreis path each group takes. */
    private enum Profile {
        ASYLUM(TargetGroup.ASYLUM_SEEKER, 34, "SYR", "AFG", "IRQ", "TUR", "ERI", "GIN"),
        PROTECTION(TargetGroup.TEMPORARY_PROTECTION, 26, "UKR"),
        TOLERATED(TargetGroup.TOLERATED, 12, "SRB", "XKX", "GIN", "AFG"),
        RECOGNISED(TargetGroup.RECOGNISED_REFUGEE, 14, "SYR", "AFG", "ERI", "IRQ"),
        EU(TargetGroup.EU_CITIZEN, 10, "ROU", "BGR", "POL"),
        YOUNG(TargetGroup.YOUNG_ADULT, 4, "AFG", "GIN", "SYR");

        final TargetGroup group;
        final int weight;
        final String[] nationalities;

        Profile(TargetGroup group, int weight, String... nationalities) {
            this.group = group;
            this.weight = weight;
            this.nationalities = nationalities;
        }
    }

    /** Structural findings brought from case work into the steering group, one a year: topic, title, decision. */
    private static final String[][] FINDINGS = {
        {"HOUSING", "Kaum Wohnungen für Familien mit mehr als vier Kindern",
            "Kreis und Wohnungsbaugesellschaften prüfen Belegungsrechte für große Wohnungen"},
        {"WORK", "Anerkennung ausländischer Berufsabschlüsse dauert über ein Jahr",
            "Anerkennungsberatung der IHK an zwei Tagen im Monat im Kreishaus"},
        {"CHILDCARE", "Kita-Plätze für neu zugezogene Kinder fehlen im laufenden Kita-Jahr",
            "Jugendämter melden freie Brückenprojekt-Plätze monatlich an das KI"},
        {"LANGUAGE", "Integrationskurse mit Kinderbetreuung nur in Arnsberg und Meschede",
            "Träger und BAMF-Regionalkoordination planen einen Kurs mit Kinderbetreuung im Südkreis"}};

    private final ClientService clients;
    private final TimelineService timelines;
    private final CaseService cases;
    private final ReferralService referrals;
    private final StructuralFindingService findings;
    private final SteeringService steering;
    private final LocalDate today;
    private Random random;
    private JsonNode names;

    DemoHistory(ClientService clients, TimelineService timelines, CaseService cases, ReferralService referrals,
            StructuralFindingService findings, SteeringService steering, LocalDate today) {
        this.findings = findings;
        this.steering = steering;
        this.clients = clients;
        this.timelines = timelines;
        this.cases = cases;
        this.referrals = referrals;
        this.today = today;
    }

    /**
     * Plays the history, each case in a transaction of its own ({@code inTransaction}): one transaction for
     * all of them would hold thousands of entities, and every query flushes them all; the number of cases.
     */
    int play(JsonNode history, java.util.function.Consumer<Runnable> inTransaction) {
        if (history.isMissingNode() || history.isNull()) {
            return 0;
        }
        random = new Random(history.path("seed").asLong(1));
        names = history.path("names");
        LocalDate start = LocalDate.of(today.getYear() - Math.max(1, history.path("years").asInt(3)) + 1, 1, 1);
        LocalDate lastOpening = today.minusDays(3);
        int opened = 0;
        List<Long> caseIds = new ArrayList<>();
        for (JsonNode town : history.path("towns")) {
            for (int year = start.getYear(); year <= today.getYear(); year++) {
                LocalDate yearStart = LocalDate.of(year, 1, 1);
                LocalDate yearEnd = year == today.getYear() ? lastOpening : LocalDate.of(year, 12, 31);
                // the current year's share of the yearly cases, so that it is not crowded into its first months
                int count = (int) Math.round(town.path("casesPerYear").asInt() * (yearEnd.getDayOfYear() / 365.0)
                        * (0.85 + 0.3 * random.nextDouble()));
                for (int i = 0; i < count; i++) {
                    LocalDate openedOn = yearStart.plusDays(random.nextInt(yearEnd.getDayOfYear()));
                    Profile profile = profile();
                    inTransaction.accept(() -> caseIds.add(playCase(town, profile, openedOn)));
                    opened++;
                }
            }
        }
        inTransaction.accept(() -> steeringGroup(start, caseIds));
        return opened;
    }

    /**
     * Three meetings of the steering group a year (March, July, November, as far as today); a finding from case
     * work is brought in before each year's first meeting, which sets a measure, and the last one resolves it.
     */
    private void steeringGroup(LocalDate start, List<Long> caseIds) {
        int n = 0;
        for (int year = start.getYear(); year <= today.getYear(); year++) {
            String[] finding = FINDINGS[(year - start.getYear()) % FINDINGS.length];
            LocalDate[] days = {LocalDate.of(year, 3, 18), LocalDate.of(year, 7, 1), LocalDate.of(year, 11, 12)};
            Long findingId = null;
            for (int i = 0; i < days.length && days[i].isBefore(today); i++) {
                if (findingId == null) {
                    findingId = findings.report(DemoSteps.DEMO, new StructuralFinding(null,
                            TopicArea.valueOf(finding[0]), finding[1], "Aus mehreren Fällen berichtet.",
                            caseIds.isEmpty() ? List.of() : List.of(caseIds.get(random.nextInt(caseIds.size()))), null,
                            null, null)).id();
                }
                SteeringMeeting meeting = steering.scheduleMeeting(DemoSteps.DEMO, new SteeringMeeting(null, days[i],
                        (i + 1) + ". Sitzung der Steuerungsgruppe KIM " + year, null, null, null));
                n++;
                if (i == 0) {
                    steering.recordDecision(DemoSteps.DEMO, meeting.id(), new SteeringMeeting.Decision(null, findingId,
                            finding[2], "Kommunales Integrationszentrum", days[i].plusMonths(6), false));
                } else if (i == 2) {
                    steering.recordDecision(DemoSteps.DEMO, meeting.id(), new SteeringMeeting.Decision(null, findingId,
                            "Umgesetzt; der Befund ist erledigt", "Kommunales Integrationszentrum", null, true));
                }
            }
        }
    }

    private Profile profile() {
        int total = 0;
        for (Profile p : Profile.values()) {
            total += p.weight;
        }
        int pick = random.nextInt(total);
        for (Profile p : Profile.values()) {
            pick -= p.weight;
            if (pick < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Plays one case; its id. */
    private long playCase(JsonNode town, Profile profile, LocalDate openedOn) {
        String ags = town.path("ags").asText();
        String nationality = pick(profile.nationalities);
        LocalDate arrival = switch (profile) {
            case ASYLUM -> openedOn.minusDays(7 + random.nextInt(90));
            case PROTECTION -> openedOn.minusDays(7 + random.nextInt(60));
            case TOLERATED -> openedOn.minusYears(3 + random.nextInt(6)).minusDays(random.nextInt(300));
            case RECOGNISED -> openedOn.minusYears(1 + random.nextInt(3)).minusDays(random.nextInt(300));
            case EU -> openedOn.minusYears(1 + random.nextInt(8)).minusDays(random.nextInt(300));
            case YOUNG -> openedOn.minusYears(2 + random.nextInt(3)).minusDays(random.nextInt(300));
        };
        int age = profile == Profile.YOUNG ? 18 + random.nextInt(8) : 19 + random.nextInt(40);
        String client = person(town, ags, nationality, openedOn.minusYears(age).minusDays(random.nextInt(365)), arrival,
                profile);
        startTimeline(client, profile, arrival);
        Case opened = cases.openCase(DemoSteps.DEMO, new Case(null, client, ags, pick(town.path("caseManagers")),
                profile.group, null, null, openedOn, null, null, null, null, null, null));
        long id = opened.id();
        LocalDate day = openedOn.plusDays(random.nextInt(10) < 8 ? random.nextInt(15) : 15 + random.nextInt(30));
        if (day.isAfter(today)) {
            return id;
        }
        cases.addActivity(DemoSteps.DEMO, id, new Activity(null, day, Activity.Kind.MEETING, "Erstgespräch", null));
        long ageDays = today.toEpochDay() - openedOn.toEpochDay();
        if (ageDays < 14) {
            return id;
        }
        step(id, CasePhase.ASSESSMENT);
        List<TopicArea> areas = areas(profile);
        LocalDate assessed = min(day.plusDays(7), today);
        for (TopicArea area : areas) {
            cases.assess(DemoSteps.DEMO, id, new Assessment(area, random.nextInt(3) == 0 ? Assessment.Need.MEDIUM
                    : Assessment.Need.HIGH, null, assessed));
        }
        if (ageDays < 40) {
            return id;
        }
        step(id, CasePhase.PLANNING);
        LocalDate agreed = min(assessed.plusDays(14 + random.nextInt(14)), today);
        for (TopicArea area : areas) {
            cases.addGoal(DemoSteps.DEMO, id, goal(area, agreed));
        }
        step(id, CasePhase.LINKING_MONITORING);
        followUps(id, agreed);
        changeOfRechtskreis(client, profile, openedOn, arrival);
        if (ageDays > 180 && random.nextInt(100) < 60) {
            LocalDate closedOn = min(openedOn.plusDays(150 + random.nextInt(400)), today.minusDays(1));
            cases.closeCase(DemoSteps.DEMO, id, pick(CLOSURE_REASONS), closedOn, cases.caseById(DemoSteps.DEMO, id).version());
        }
        return id;
    }

    private String person(JsonNode town, String ags, String nationality, LocalDate born, LocalDate arrival, Profile profile) {
        JsonNode n = names.path(nationality);
        boolean female = random.nextBoolean();
        List<String> languages = new ArrayList<>();
        n.path("languages").forEach(l -> languages.add(l.asText()));
        if (profile == Profile.TOLERATED || profile == Profile.EU || random.nextInt(4) == 0) {
            languages.add("de");
        }
        Address address = new Address(pick(town.path("streets")) + " " + (1 + random.nextInt(80)),
                town.path("postalCode").asText(), null);
        return clients.createClient(DemoSteps.DEMO, new Client(null, pick(n.path("family")),
                pick(n.path(female ? "female" : "male")), born, nationality, languages, null, null, ags, arrival,
                Boolean.TRUE, address, null, null)).id();
    }

    /** The Rechtskreis and residence status the person has when the case opens. */
    private void startTimeline(String client, Profile profile, LocalDate arrival) {
        switch (profile) {
            case ASYLUM -> {
                period(client, LegalDomain.AsylbLG, arrival);
                status(client, ResidenceTitle.GESTATTUNG, arrival.plusDays(5));
            }
            case PROTECTION -> period(client, LegalDomain.AsylbLG, arrival); // the §24 title follows in weeks
            case TOLERATED -> {
                period(client, LegalDomain.AsylbLG, arrival);
                status(client, ResidenceTitle.DULDUNG, arrival.plusMonths(14));
            }
            case RECOGNISED, YOUNG -> {
                period(client, LegalDomain.SGB2, arrival.plusMonths(10));
                status(client, ResidenceTitle.P25_2, arrival.plusMonths(9));
            }
            case EU -> {
                status(client, ResidenceTitle.EU_FREIZUEGIGKEIT, arrival);
                period(client, LegalDomain.SGB2, arrival.plusMonths(6));
            }
        }
    }

    /**
     * A recognition (§25 Abs. 2), a §24 title or a §25b title for a tolerated person who has lived here for
     * years: with the person's consent the rules open the hand-over to the Jobcenter, which is sent, accepted
     * and completed once its day has come (the change of Rechtskreis then carried out), or still runs.
     */
    private void changeOfRechtskreis(String client, Profile profile, LocalDate openedOn, LocalDate arrival) {
        ResidenceTitle title = switch (profile) {
            case ASYLUM -> random.nextInt(100) < 55 ? ResidenceTitle.P25_2 : null;
            case PROTECTION -> ResidenceTitle.P24;
            case TOLERATED -> random.nextInt(100) < 45 ? ResidenceTitle.P25B : null;
            default -> null;
        };
        if (title == null) {
            if (profile == Profile.TOLERATED) { // the Duldung extended for another six months
                LocalDate extended = openedOn.plusDays(30 + random.nextInt(200));
                if (extended.isBefore(today)) {
                    status(client, ResidenceTitle.DULDUNG, extended);
                }
            }
            return;
        }
        LocalDate granted = profile == Profile.PROTECTION ? arrival.plusDays(20 + random.nextInt(40))
                : openedOn.plusDays(60 + random.nextInt(300));
        if (granted.isAfter(today.minusDays(10))) {
            return;
        }
        LocalDate consented = min(openedOn.plusDays(10), granted);
        referrals.recordConsent(DemoSteps.DEMO, client, new Consent(null, null, null, OfficeKind.JOBCENTER,
                Purpose.HANDOVER, consented, null, null));
        for (PlannedTransition t : timelines.recordResidenceStatus(DemoSteps.DEMO, client,
                new ResidenceStatus(null, title, granted, null, null)).transitions()) {
            if (t.referralId() == null) {
                continue;
            }
            advance(t.referralId(), Referral.Status.SENT, null);
            if (t.effectiveDate() == null || !t.effectiveDate().isAfter(today)) {
                advance(t.referralId(), Referral.Status.ACCEPTED, null);
                advance(t.referralId(), Referral.Status.COMPLETED, "Leistungen lückenlos übernommen");
            }
        }
    }

    private void advance(long referral, Referral.Status status, String outcome) {
        referrals.changeStatus(DemoSteps.DEMO, referral, status, outcome,
                referrals.referral(DemoSteps.DEMO, referral).version());
    }

    private void followUps(long id, LocalDate from) {
        LocalDate day = from;
        for (int i = random.nextInt(4); i > 0; i--) {
            day = day.plusDays(20 + random.nextInt(60));
            if (day.isAfter(today)) {
                return;
            }
            Activity.Kind kind = random.nextBoolean() ? Activity.Kind.PHONE : Activity.Kind.MEETING;
            cases.addActivity(DemoSteps.DEMO, id, new Activity(null, day, kind, null, null));
        }
    }

    private Goal goal(TopicArea area, LocalDate agreed) {
        long age = today.toEpochDay() - agreed.toEpochDay();
        int roll = random.nextInt(100);
        Goal.Status status;
        if (age < 120) {
            status = roll < 40 ? Goal.Status.AGREED : Goal.Status.IN_PROGRESS;
        } else {
            status = roll < 50 ? Goal.Status.ACHIEVED : roll < 65 ? Goal.Status.PARTLY_ACHIEVED
                    : roll < 78 ? Goal.Status.NOT_ACHIEVED : roll < 85 ? Goal.Status.DROPPED : Goal.Status.IN_PROGRESS;
        }
        String description = switch (area) {
            case LANGUAGE -> "Integrationskurs beginnen und abschließen";
            case WORK -> "Arbeit oder Ausbildung aufnehmen";
            case HOUSING -> "Eigene Wohnung finden";
            case RESIDENCE -> "Aufenthalt sichern";
            case HEALTH -> "Krankenversicherung klären";
            case CHILDCARE -> "Kitaplatz finden";
            case EDUCATION -> "Schulabschluss nachholen";
            case COUNSELLING -> "Anbindung an die Migrationsberatung";
        };
        return new Goal(null, area, description, status, agreed, agreed.plusMonths(6 + random.nextInt(7)));
    }

    private List<TopicArea> areas(Profile profile) {
        List<TopicArea> areas = new ArrayList<>();
        areas.add(profile == Profile.EU ? TopicArea.WORK : TopicArea.LANGUAGE);
        TopicArea[] more = switch (profile) {
            case ASYLUM, PROTECTION -> new TopicArea[] {TopicArea.HOUSING, TopicArea.CHILDCARE, TopicArea.WORK};
            case TOLERATED -> new TopicArea[] {TopicArea.RESIDENCE, TopicArea.WORK};
            case RECOGNISED, YOUNG -> new TopicArea[] {TopicArea.WORK, TopicArea.EDUCATION, TopicArea.HOUSING};
            case EU -> new TopicArea[] {TopicArea.HEALTH, TopicArea.LANGUAGE};
        };
        for (TopicArea area : more) {
            if (random.nextInt(100) < 55) {
                areas.add(area);
            }
        }
        return areas;
    }

    private void period(String client, LegalDomain domain, LocalDate from) {
        timelines.addPeriod(DemoSteps.DEMO, client, new LegalDomainPeriod(null, domain, min(from, today), null, null, null));
    }

    private void status(String client, ResidenceTitle title, LocalDate from) {
        timelines.recordResidenceStatus(DemoSteps.DEMO, client, new ResidenceStatus(null, title, min(from, today), null, null));
    }

    private void step(long id, CasePhase phase) {
        cases.moveToPhase(DemoSteps.DEMO, id, phase, null, cases.caseById(DemoSteps.DEMO, id).version());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(JsonNode values) {
        return values.get(random.nextInt(values.size())).asText();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
