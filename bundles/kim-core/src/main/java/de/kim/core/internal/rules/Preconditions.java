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

    /**
     * §25a Abs. 1 AufenthG, Nr. 1 to 5, and the title it presupposes: a § 104c permit, or a Duldung held for at
     * least twelve months (Satz 1 in the consolidated text checked on 07.12.2026).
     */
    static List<ChecklistItem> p25a(Facts facts, LocalDate today) {
        List<ChecklistItem> items = new ArrayList<>();
        ResidenceTitle now = titleOn(facts.statuses(), today);
        items.add(titleFor25a(facts.statuses(), now, today));
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

    private static final String TITLE_LABEL = "Chancen-Aufenthaltsrecht (§104c) oder seit mindestens zwölf Monaten"
            + " geduldet (§25a Abs. 1 Satz 1 AufenthG)";

    private static ChecklistItem titleFor25a(List<ResidenceStatus> statuses, ResidenceTitle now, LocalDate today) {
        if (now == null) {
            return new ChecklistItem("DULDUNG", TITLE_LABEL, State.UNKNOWN, "kein Aufenthaltsstatus erfasst");
        }
        if (now == ResidenceTitle.P104C) {
            return new ChecklistItem("DULDUNG", TITLE_LABEL, State.MET, "Status heute: " + now.displayName());
        }
        if (now != ResidenceTitle.DULDUNG) {
            return new ChecklistItem("DULDUNG", TITLE_LABEL, State.NOT_MET, "Status heute: " + now.displayName());
        }
        LocalDate since = heldSince(statuses, ResidenceTitle.DULDUNG, today);
        LocalDate metOn = since.plusMonths(12);
        return new ChecklistItem("DULDUNG", TITLE_LABEL, metOn.isAfter(today) ? State.NOT_MET : State.MET,
                "geduldet seit " + since + (metOn.isAfter(today) ? ", zwölf Monate erfüllt ab " + metOn : ""));
    }

    /** The first day of the unbroken run of statuses with {@code title} that reaches {@code day}. */
    static LocalDate heldSince(List<ResidenceStatus> statuses, ResidenceTitle title, LocalDate day) {
        List<ResidenceStatus> sorted = statuses.stream().filter(s -> !s.validFrom().isAfter(day))
                .sorted(Comparator.comparing(ResidenceStatus::validFrom).reversed()).toList();
        LocalDate since = day;
        for (ResidenceStatus s : sorted) {
            if (s.title() != title || s.validTo() != null && s.validTo().isBefore(since.minusDays(1))) {
                break;
            }
            since = s.validFrom();
        }
        return since;
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
        String sgb2Label = "Anspruch auf Grundsicherung für Arbeitsuchende (SGB II), kein Ausschluss nach §7 Abs. 1"
                + " S. 2 SGB II";
        LocalDate fiveYears = facts.arrival() == null ? null : facts.arrival().plusYears(5);
        if (job == null) {
            items.add(new ChecklistItem("WORKER_STATUS", workerLabel, State.UNKNOWN, "keine beendete Beschäftigung erfasst"));
            items.add(new ChecklistItem("SGB2_ENTITLEMENT", sgb2Label, State.UNKNOWN, "hängt vom Arbeitnehmerstatus ab"));
        } else {
            // consecutive contracts count together; exactly one year is enough (BSG, 09.03.2022, B 7/14 AS 79/20 R)
            LocalDate employedSince = employedSince(facts.occupations(), job);
            boolean involuntary = Boolean.TRUE.equals(job.involuntaryEnd());
            boolean moreThanAYear = !employedSince.plusYears(1).isAfter(job.to().plusDays(1));
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
                detail = "mindestens ein Jahr beschäftigt (seit " + employedSince + "), unfreiwillig arbeitslos seit "
                        + job.to().plusDays(1)
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
        if (fiveYears != null && !fiveYears.isAfter(today)) {
            // § 7 Abs. 1 Satz 4 SGB II: after five years' habitual residence the exclusion no longer applies (the
            // period runs from the registration with the Meldebehörde, Satz 5: the arrival stands for it here)
            items.replaceAll(i -> !i.code().equals("SGB2_ENTITLEMENT") ? i : new ChecklistItem(i.code(), i.label(),
                    State.MET, "seit " + facts.arrival() + " gewöhnlicher Aufenthalt, fünf Jahre erfüllt am " + fiveYears
                            + " (§7 Abs. 1 S. 4 SGB II), unabhängig vom Arbeitnehmerstatus"));
        }
        items.add(new ChecklistItem("REGISTERED_JOBSEEKER", "Bei der Agentur für Arbeit arbeitsuchend gemeldet",
                State.TO_CHECK, "Nachweis der Agentur für Arbeit"));
        items.add(new ChecklistItem("HEALTH_INSURANCE", "Krankenversicherung geklärt (Anschlussversicherung"
                + " §188 Abs. 4 SGB V oder Familienversicherung)", State.TO_CHECK, "bei der Krankenkasse klären"));
        return items;
    }

    /** The longest gap between two employments that still count together (BSG, 13.07.2017, B 4 AS 17/16 R). */
    static final int GAP_DAYS = 14;

    /**
     * The first day of the employments that end with {@code last}, one following the other with at most
     * {@link #GAP_DAYS} days between.
     */
    static LocalDate employedSince(List<Occupation> occupations, Occupation last) {
        LocalDate since = last.from();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Occupation o : occupations) {
                if (o.kind() == Occupation.Kind.EMPLOYMENT && o.to() != null && o.from().isBefore(since)
                        && !o.to().isBefore(since.minusDays(1 + GAP_DAYS))) {
                    since = o.from();
                    extended = true;
                }
            }
        }
        return since;
    }

    /** The title in force on {@code day}, or null. */
    static ResidenceTitle titleOn(List<ResidenceStatus> statuses, LocalDate day) {
        return statuses.stream().filter(s -> !s.validFrom().isAfter(day) && (s.validTo() == null || !s.validTo().isBefore(day)))
                .max(Comparator.comparing(ResidenceStatus::validFrom)).map(ResidenceStatus::title).orElse(null);
    }

    /**
     * The first day of the stay that reaches {@code day} without a gap of more than three months between statuses,
     * or null.
     */
    static LocalDate unbrokenSince(List<ResidenceStatus> statuses, LocalDate day) {
        List<ResidenceStatus> sorted = statuses.stream().filter(s -> LAWFUL_STAY.contains(s.title())
                && !s.validFrom().isAfter(day)).sorted(Comparator.comparing(ResidenceStatus::validFrom).reversed()).toList();
        if (sorted.isEmpty() || sorted.get(0).validTo() != null && sorted.get(0).validTo().isBefore(day)) {
            return null;
        }
        LocalDate since = sorted.get(0).validFrom();
        for (ResidenceStatus earlier : sorted.subList(1, sorted.size())) {
            // a gap of up to three months does not interrupt the stay (§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG)
            if (earlier.validTo() != null && earlier.validTo().isBefore(since.minusMonths(3).minusDays(1))) {
                break;
            }
            since = earlier.validFrom();
        }
        return since;
    }
}
