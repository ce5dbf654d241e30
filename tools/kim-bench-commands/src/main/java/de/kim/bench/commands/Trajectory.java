package de.kim.bench.commands;

import java.time.LocalDate;
import java.util.Random;

/**
 * The seven typical trajectories of the domain (KIM.md, section 3) as shapes of synthetic cases: who
 * the client is, the residence titles and legal-domain periods over time. The shares are assumptions
 * for benchmarks, not statistics.
 */
enum Trajectory {
    /** 1: Gestattung and AsylbLG, recognised, SGB II at the Jobcenter, settlement permit, naturalisation. */
    RECOGNISED_FAMILY(30, "RECOGNISED_REFUGEE", new String[] {"SYR", "AFG", "IRQ", "ERI", "IRN"},
            new int[] {50, 25, 15, 5, 5}, 18, 50),
    /** 2: a young adult with a Duldung of about 14 months, apprenticeship, §25a. */
    TOLERATED_YOUNG_ADULT(10, "YOUNG_ADULT", new String[] {"AFG", "GIN", "NGA", "IRQ"}, new int[] {40, 25, 20, 15},
            18, 26),
    /** 3: §24, SGB II from 01.06.2022; arrivals after 01.04.2025 back to AsylbLG from 01.07.2026. */
    TEMPORARY_PROTECTION(25, "TEMPORARY_PROTECTION", new String[] {"UKR"}, new int[] {1}, 18, 65),
    /** 4: an unaccompanied minor: SGB VIII, §41 help for young adults, SGB II at 21. */
    UNACCOMPANIED_MINOR(5, "UNACCOMPANIED_MINOR", new String[] {"AFG", "SYR", "GIN", "SOM"},
            new int[] {40, 25, 20, 15}, 14, 17),
    /** 5: long tolerated: Duldung, §104c opportunity residence, §25b. */
    LONG_TOLERATED(8, "TOLERATED", new String[] {"SRB", "ALB", "MKD", "NGA", "IRQ"}, new int[] {30, 25, 20, 15, 10},
            25, 55),
    /** 6: a long-term resident with a settlement permit applies for naturalisation. */
    LONG_TERM_RESIDENT(12, "LONG_TERM_RESIDENT", new String[] {"TUR", "SYR", "POL", "IRN"}, new int[] {50, 25, 15, 10},
            25, 60),
    /** 7: an EU worker who loses the job: SGB III, then the question of SGB II. */
    EU_WORKER(10, "EU_CITIZEN", new String[] {"POL", "ROU", "BGR", "ITA", "GRC"}, new int[] {30, 30, 20, 10, 10},
            20, 55);

    /** What a trajectory writes about one client. */
    interface Timeline {
        void status(String title, LocalDate from, LocalDate to, String previous);

        void period(String domain, LocalDate from, LocalDate to, boolean benefitChange, Integer gapDays);

        void naturalisation(LocalDate applied);
    }

    private static final LocalDate SGB2_FOR_UKRAINE = LocalDate.of(2022, 6, 1);
    private static final LocalDate BACK_TO_ASYLBLG = LocalDate.of(2026, 7, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    final int share;
    final String targetGroup;
    private final String[] nationalities;
    private final int[] weights;
    private final int youngest;
    private final int oldest;

    Trajectory(int share, String targetGroup, String[] nationalities, int[] weights, int youngest, int oldest) {
        this.share = share;
        this.targetGroup = targetGroup;
        this.nationalities = nationalities;
        this.weights = weights;
        this.youngest = youngest;
        this.oldest = oldest;
    }

    static Trajectory pick(Random random) {
        int pick = random.nextInt(100);
        for (Trajectory t : values()) {
            pick -= t.share;
            if (pick < 0) {
                return t;
            }
        }
        return RECOGNISED_FAMILY;
    }

    String nationality(Random random) {
        return nationalities[Weighted.index(weights, random)];
    }

    /** When the case was opened: from KIM's start on 01.01.2021 (from March 2022 for §24) to {@code last}. */
    LocalDate opened(LocalDate last, Random random) {
        LocalDate first = this == TEMPORARY_PROTECTION ? LocalDate.of(2022, 3, 15) : LocalDate.of(2021, 1, 1);
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay())));
    }

    /** When the client arrived, for a case opened on {@code opened}. */
    LocalDate arrival(LocalDate opened, Random random) {
        return switch (this) {
            case TEMPORARY_PROTECTION -> max(LocalDate.of(2022, 3, 1), opened.minusDays(random.nextInt(400)));
            case LONG_TOLERATED -> opened.minusYears(4 + random.nextInt(6));
            case LONG_TERM_RESIDENT -> opened.minusYears(8 + random.nextInt(20));
            case EU_WORKER -> opened.minusDays(200 + random.nextInt(2000));
            default -> opened.minusDays(30 + random.nextInt(300));
        };
    }

    /** Born so that the client is between the trajectory's ages at arrival. */
    LocalDate born(LocalDate arrival, Random random) {
        return arrival.minusYears(youngest + random.nextInt(oldest - youngest + 1)).minusDays(random.nextInt(365));
    }

    /** Writes the client's residence titles and legal-domain periods up to {@code TODAY}. */
    void write(Timeline t, LocalDate arrival, LocalDate born, Random random) {
        switch (this) {
            case RECOGNISED_FAMILY -> {
                LocalDate recognised = arrival.plusDays(180 + random.nextInt(360));
                t.status("GESTATTUNG", arrival, recognised.minusDays(1), null);
                LocalDate settled = recognised.plusYears(3 + random.nextInt(3));
                boolean isSettled = settled.isBefore(TODAY);
                t.status(random.nextInt(10) == 0 ? "P25_1" : "P25_2", recognised, isSettled ? settled.minusDays(1) : null,
                        "GESTATTUNG");
                change(t, "AsylbLG", "SGB2", arrival, recognised.plusDays(30), random);
                if (isSettled) {
                    t.status("NIEDERLASSUNG", settled, null, "P25_2");
                    if (random.nextInt(3) == 0) {
                        naturalise(t, settled.plusDays(random.nextInt(400)));
                    }
                }
            }
            case TOLERATED_YOUNG_ADULT -> {
                LocalDate granted = arrival.plusDays(425);
                boolean success = random.nextInt(100) < 60;
                t.status("DULDUNG", arrival, success ? granted.minusDays(1) : null, null);
                if (success) {
                    t.status("P25A", granted, null, "DULDUNG");
                    change(t, "AsylbLG", "SGB2", arrival, granted.plusDays(30), random);
                } else {
                    t.period("AsylbLG", arrival, null, false, null);
                }
            }
            case TEMPORARY_PROTECTION -> {
                t.status("P24", arrival, null, null);
                if (arrival.isBefore(SGB2_FOR_UKRAINE)) {
                    change(t, "AsylbLG", "SGB2", arrival, SGB2_FOR_UKRAINE, random);
                } else if (!arrival.isBefore(BACK_TO_ASYLBLG)) {
                    t.period("AsylbLG", arrival, null, false, null);
                } else if (arrival.isAfter(LocalDate.of(2025, 4, 1))) {
                    change(t, "SGB2", "AsylbLG", arrival, BACK_TO_ASYLBLG, random);
                } else {
                    t.period("SGB2", arrival, null, false, null);
                }
            }
            case UNACCOMPANIED_MINOR -> {
                LocalDate adult = born.plusYears(18);
                LocalDate twentyOne = born.plusYears(21);
                t.status(random.nextBoolean() ? "GESTATTUNG" : "DULDUNG", arrival, null, null);
                boolean grownUp = adult.isBefore(TODAY);
                boolean over21 = twentyOne.isBefore(TODAY);
                t.period("SGB8", arrival, grownUp ? adult.minusDays(1) : null, false, null);
                if (grownUp) { // §41 SGB VIII: help for young adults
                    t.period("SGB8", adult, over21 ? twentyOne.minusDays(1) : null, false, null);
                }
                if (over21) {
                    int gap = gap(random);
                    t.period("SGB2", twentyOne.plusDays(gap), null, true, gap);
                }
            }
            case LONG_TOLERATED -> {
                LocalDate opportunity = max(LocalDate.of(2023, 1, 1), arrival.plusYears(5));
                LocalDate sustainable = opportunity.plusMonths(18);
                t.status("DULDUNG", arrival, opportunity.minusDays(1), null);
                boolean done = sustainable.isBefore(TODAY) && random.nextInt(100) < 70;
                t.status("P104C", opportunity, done ? sustainable.minusDays(1) : null, "DULDUNG");
                if (done) {
                    t.status("P25B", sustainable, null, "P104C");
                    change(t, "AsylbLG", "SGB2", arrival, sustainable.plusDays(30), random);
                } else {
                    t.period("AsylbLG", arrival, null, false, null);
                }
            }
            case LONG_TERM_RESIDENT -> {
                t.status("NIEDERLASSUNG", arrival.plusYears(5), null, "OTHER_PERMIT");
                if (random.nextInt(100) < 60) {
                    naturalise(t, arrival.plusYears(8 + random.nextInt(3)));
                }
            }
            case EU_WORKER -> {
                t.status("EU_FREIZUEGIGKEIT", arrival, null, null);
                LocalDate jobLost = arrival.plusDays(180 + random.nextInt(900));
                if (jobLost.isBefore(TODAY)) {
                    LocalDate sgb3End = jobLost.plusMonths(6);
                    t.period("SGB3", jobLost, sgb3End.minusDays(1), false, null);
                    if (random.nextInt(100) < 40 && sgb3End.isBefore(TODAY)) {
                        int gap = gap(random);
                        t.period("SGB2", sgb3End.plusDays(gap), null, true, gap);
                    }
                }
            }
            default -> throw new IllegalStateException(name());
        }
    }

    /** From one legal domain to the next on {@code on} (if that is past): seamless for seven in ten. */
    private static void change(Timeline t, String from, String to, LocalDate since, LocalDate on, Random random) {
        if (!on.isBefore(TODAY)) {
            t.period(from, since, null, false, null);
            return;
        }
        int gap = gap(random);
        t.period(from, since, on.minusDays(1), false, null);
        t.period(to, on.plusDays(gap), null, true, gap);
    }

    /** An application for naturalisation, if its date has come. */
    private static void naturalise(Timeline t, LocalDate applied) {
        if (applied.isBefore(TODAY)) {
            t.naturalisation(applied);
        }
    }

    private static int gap(Random random) {
        return random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(45);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
