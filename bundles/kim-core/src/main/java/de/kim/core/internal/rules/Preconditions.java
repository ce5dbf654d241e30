package de.kim.core.internal.rules;

import de.kim.api.model.ChecklistItem;
import de.kim.api.model.ChecklistItem.State;
import de.kim.api.model.Occupation;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The preconditions the law names for a deadline or an entitlement, checked against what is recorded
 * about a client: §25a AufenthG (tolerated young people) and the worker status of an EU citizen who lost
 * the job (§2 Abs. 3 FreizügG/EU, which decides SGB II). Pure: no database, no clock.
 */
public final class Preconditions {
    /** §25a AufenthG, checked on the task "apply before the 27th birthday". */
    public static final String P25A = "P25A";
    /** An EU citizen's job loss: worker status, SGB II entitlement, health insurance. */
    public static final String EU_WORKER = "EU_WORKER";
    public static final Set<String> CHECKLISTS = Set.of(P25A, EU_WORKER);

    /** The rule id of the task opened when an EU citizen's employment ends. */
    public static final String EU_WORKER_RULE = "eu-worker-job-loss";

    /** Everything recorded about the client that a checklist reads. */
    public record Facts(LocalDate birthDate, LocalDate arrival, List<ResidenceStatus> statuses,
            List<Occupation> occupations) {
    }

    private static final Set<ResidenceTitle> LAWFUL_STAY = Set.of(ResidenceTitle.values());
    private static final long THREE_YEARS_OF_DAYS = 3 * 365;

    private Preconditions() {
    }

    public static List<ChecklistItem> check(String checklist, Facts facts, LocalDate today) {
        return switch (checklist) {
            case P25A -> p25a(facts, today);
            case EU_WORKER -> euWorker(facts, today);
            default -> List.of();
        };
    }

    /** §25a Abs. 1 AufenthG, Nr. 1 to 5, and the Duldung it presupposes. */
    static List<ChecklistItem> p25a(Facts facts, LocalDate today) {
        List<ChecklistItem> items = new ArrayList<>();
        ResidenceTitle now = titleOn(facts.statuses(), today);
        items.add(new ChecklistItem("DULDUNG", "Inhaber einer Duldung (§25a Abs. 1 AufenthG)",
                now == ResidenceTitle.DULDUNG ? State.MET : now == null ? State.UNKNOWN : State.NOT_MET,
                now == null ? "kein Aufenthaltsstatus erfasst" : "Status heute: " + now.displayName()));
        LocalDate since = unbrokenSince(facts.statuses(), today);
        if (since == null) {
            items.add(new ChecklistItem("STAY_3_YEARS", STAY_LABEL, State.UNKNOWN, "kein Aufenthaltsstatus erfasst"));
        } else {
            LocalDate metOn = since.plusYears(3);
            items.add(new ChecklistItem("STAY_3_YEARS", STAY_LABEL, metOn.isAfter(today) ? State.NOT_MET : State.MET,
                    "ununterbrochen seit " + since + (metOn.isAfter(today) ? ", erfüllt ab " + metOn : "")));
        }
        items.add(schoolOrQualification(facts.occupations(), today));
        if (facts.birthDate() == null) {
            items.add(new ChecklistItem("BEFORE_27", BEFORE_27_LABEL, State.UNKNOWN, "Geburtsdatum fehlt"));
        } else {
            LocalDate lastDay = facts.birthDate().plusYears(27).minusDays(1);
            items.add(new ChecklistItem("BEFORE_27", BEFORE_27_LABEL, today.isAfter(lastDay) ? State.NOT_MET : State.MET,
                    "Antrag spätestens am " + lastDay));
        }
        items.add(new ChecklistItem("INTEGRATION_PROGNOSIS", "Positive Integrationsprognose (Nr. 4)", State.TO_CHECK,
                "prüft die Ausländerbehörde"));
        items.add(new ChecklistItem("FDGO", "Keine Anhaltspunkte gegen die freiheitliche demokratische Grundordnung"
                + " (Nr. 5)", State.TO_CHECK, "prüft die Ausländerbehörde"));
        return items;
    }

    private static final String STAY_LABEL = "Seit drei Jahren ununterbrochen erlaubt, geduldet oder gestattet im"
            + " Bundesgebiet (Nr. 1)";
    private static final String SCHOOL_LABEL = "In der Regel drei Jahre erfolgreicher Schulbesuch im Bundesgebiet"
            + " oder ein anerkannter Schul- oder Berufsabschluss (Nr. 2)";
    private static final String BEFORE_27_LABEL = "Antrag vor Vollendung des 27. Lebensjahres (Nr. 3)";

    /** School and vocational training (its Berufsschule) count together; a qualification meets it at once. */
    private static ChecklistItem schoolOrQualification(List<Occupation> occupations, LocalDate today) {
        Occupation qualification = occupations.stream().filter(o -> o.kind() == Occupation.Kind.QUALIFICATION
                && !o.from().isAfter(today)).findFirst().orElse(null);
        if (qualification != null) {
            return new ChecklistItem("SCHOOL_3_YEARS", SCHOOL_LABEL, State.MET, "Abschluss am " + qualification.from()
                    + (qualification.description() == null ? "" : ": " + qualification.description()));
        }
        long days = 0;
        boolean any = false;
        for (Occupation o : occupations) {
            if ((o.kind() == Occupation.Kind.SCHOOL || o.kind() == Occupation.Kind.TRAINING) && !o.from().isAfter(today)) {
                any = true;
                LocalDate end = o.to() == null || o.to().isAfter(today) ? today : o.to();
                days += ChronoUnit.DAYS.between(o.from(), end) + 1;
            }
        }
        if (!any) {
            return new ChecklistItem("SCHOOL_3_YEARS", SCHOOL_LABEL, State.UNKNOWN,
                    "weder Schulbesuch noch Ausbildung noch Abschluss erfasst");
        }
        Period p = Period.between(today.minusDays(days), today);
        String spent = p.getYears() + " Jahre " + p.getMonths() + " Monate Schule oder Ausbildung";
        return new ChecklistItem("SCHOOL_3_YEARS", SCHOOL_LABEL,
                days >= THREE_YEARS_OF_DAYS ? State.MET : State.NOT_MET, spent);
    }

    /**
     * An EU citizen whose employment ended keeps the worker status (§2 Abs. 3 FreizügG/EU) if the job was lost
     * involuntarily: without limit after more than a year of work, otherwise for six months. The worker status
     * decides the SGB II entitlement (otherwise §7 Abs. 1 S. 2 SGB II excludes it); health insurance must be
     * settled in any case.
     */
    static List<ChecklistItem> euWorker(Facts facts, LocalDate today) {
        List<ChecklistItem> items = new ArrayList<>();
        ResidenceTitle now = titleOn(facts.statuses(), today);
        items.add(new ChecklistItem("EU_FREIZUEGIGKEIT", "Freizügigkeitsberechtigt als Unionsbürger/in",
                now == ResidenceTitle.EU_FREIZUEGIGKEIT ? State.MET : now == null ? State.UNKNOWN : State.NOT_MET,
                now == null ? "kein Status erfasst" : "Status heute: " + now.displayName()));
        Occupation job = facts.occupations().stream().filter(o -> o.kind() == Occupation.Kind.EMPLOYMENT && o.to() != null)
                .max(Comparator.comparing(Occupation::to)).orElse(null);
        String workerLabel = "Arbeitnehmerstatus bleibt erhalten (§2 Abs. 3 FreizügG/EU)";
        String sgb2Label = "Anspruch auf Bürgergeld (SGB II) als Arbeitnehmer/in, kein Ausschluss nach §7 Abs. 1 S. 2"
                + " SGB II";
        if (job == null) {
            items.add(new ChecklistItem("WORKER_STATUS", workerLabel, State.UNKNOWN, "keine beendete Beschäftigung erfasst"));
            items.add(new ChecklistItem("SGB2_ENTITLEMENT", sgb2Label, State.UNKNOWN, "hängt vom Arbeitnehmerstatus ab"));
        } else {
            long employedDays = ChronoUnit.DAYS.between(job.from(), job.to()) + 1;
            boolean involuntary = Boolean.TRUE.equals(job.involuntaryEnd());
            boolean moreThanAYear = employedDays > 365;
            LocalDate keptUntil = involuntary && !moreThanAYear ? job.to().plusMonths(6) : null;
            State worker;
            String detail;
            if (job.involuntaryEnd() == null) {
                worker = State.UNKNOWN;
                detail = "unklar, ob der Arbeitsplatz unfreiwillig verloren wurde (Bestätigung der Agentur für Arbeit)";
            } else if (!involuntary) {
                worker = State.NOT_MET;
                detail = "Beschäftigung freiwillig beendet am " + job.to();
            } else if (moreThanAYear) {
                worker = State.MET;
                detail = "mehr als ein Jahr beschäftigt, unfreiwillig arbeitslos seit " + job.to().plusDays(1)
                        + ": ohne Frist, solange arbeitsuchend gemeldet";
            } else {
                worker = today.isAfter(keptUntil) ? State.NOT_MET : State.MET;
                detail = "weniger als ein Jahr beschäftigt: Arbeitnehmerstatus bis " + keptUntil;
            }
            items.add(new ChecklistItem("WORKER_STATUS", workerLabel, worker, detail));
            items.add(new ChecklistItem("SGB2_ENTITLEMENT", sgb2Label, worker,
                    worker == State.MET ? (keptUntil == null ? "besteht" : "besteht bis " + keptUntil)
                            : worker == State.NOT_MET ? "Leistungsausschluss prüfen (§7 Abs. 1 S. 2 SGB II)"
                            : "hängt vom Arbeitnehmerstatus ab"));
        }
        items.add(new ChecklistItem("REGISTERED_JOBSEEKER", "Bei der Agentur für Arbeit arbeitsuchend gemeldet",
                State.TO_CHECK, "Nachweis der Agentur für Arbeit"));
        items.add(new ChecklistItem("HEALTH_INSURANCE", "Krankenversicherung geklärt (Anschlussversicherung"
                + " §188 Abs. 4 SGB V oder Familienversicherung)", State.TO_CHECK, "bei der Krankenkasse klären"));
        return items;
    }

    /** The title in force on {@code day}, or null. */
    static ResidenceTitle titleOn(List<ResidenceStatus> statuses, LocalDate day) {
        return statuses.stream().filter(s -> !s.validFrom().isAfter(day) && (s.validTo() == null || !s.validTo().isBefore(day)))
                .max(Comparator.comparing(ResidenceStatus::validFrom)).map(ResidenceStatus::title).orElse(null);
    }

    /** The first day of the stay without a gap between statuses that reaches {@code day}, or null. */
    static LocalDate unbrokenSince(List<ResidenceStatus> statuses, LocalDate day) {
        List<ResidenceStatus> sorted = statuses.stream().filter(s -> LAWFUL_STAY.contains(s.title())
                && !s.validFrom().isAfter(day)).sorted(Comparator.comparing(ResidenceStatus::validFrom).reversed()).toList();
        if (sorted.isEmpty() || sorted.get(0).validTo() != null && sorted.get(0).validTo().isBefore(day)) {
            return null;
        }
        LocalDate since = sorted.get(0).validFrom();
        for (ResidenceStatus earlier : sorted.subList(1, sorted.size())) {
            if (earlier.validTo() != null && earlier.validTo().isBefore(since.minusDays(1))) {
                break;
            }
            since = earlier.validFrom();
        }
        return since;
    }
}
