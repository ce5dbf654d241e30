package de.kim.bench.commands;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic cases straight into the database for benchmarks: each with a client, first
 * contact, goals, legal-domain periods, residence statuses and, for some, a referral to the
 * naturalisation office. Client ids start with {@code BENCH}, so the rows can be told apart.
 */
final class SyntheticCases {
    static final String PREFIX = "BENCH";
    private static final String[] TOWNS = {"05958004", "05958008", "05958012", "05958016", "05958020", "05958024",
        "05958028", "05958032", "05958036", "05958040", "05958044", "05958048"};
    private static final int[] WEIGHTS = {73, 7, 25, 9, 4, 17, 8, 30, 15, 25, 28, 13};
    private static final String[] GROUPS = {"ASYLUM_SEEKER", "RECOGNISED_REFUGEE", "TOLERATED", "YOUNG_ADULT",
        "UNACCOMPANIED_MINOR", "TEMPORARY_PROTECTION", "EU_CITIZEN", "LONG_TERM_RESIDENT", "OTHER"};
    private static final String[] PHASES = {"INTAKE", "ASSESSMENT", "PLANNING", "LINKING_MONITORING"};
    private static final String[] AREAS = {"LANGUAGE", "WORK", "HOUSING", "HEALTH", "CHILDCARE", "EDUCATION"};
    private static final String[] GOAL_STATUS = {"AGREED", "IN_PROGRESS", "ACHIEVED", "PARTLY_ACHIEVED",
        "NOT_ACHIEVED", "DROPPED"};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private final Random random = new Random(42);

    static int existing(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM KIM_CASE WHERE CLIENT_ID LIKE '" + PREFIX + "%'")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Adds synthetic cases until there are {@code wanted}; prints how long it took. */
    static void ensure(Connection c, int wanted) throws SQLException {
        int existing = existing(c);
        if (wanted > existing) {
            long t0 = System.nanoTime();
            long ebh;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT MIN(ID) FROM KIM_OFFICE WHERE KIND = 'EBH'")) {
                ebh = r.next() ? r.getLong(1) : 0;
            }
            new SyntheticCases().generate(c, existing, wanted - existing, ebh);
            c.setAutoCommit(true);
            System.out.printf("Added %,d synthetic cases in %.1f s%n", wanted - existing, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Adds {@code count} cases after the {@code from} already there, committing every 2,000. */
    void generate(Connection c, int from, int count, long ebhOffice) throws SQLException {
        c.setAutoCommit(false);
        for (int start = from; start < from + count; start += 2000) {
            int end = Math.min(from + count, start + 2000);
            List<Object[]> cases = new ArrayList<>();
            try (PreparedStatement client = c.prepareStatement("INSERT INTO KIM_CLIENT (ID, FAMILYNAME, GIVENNAMES,"
                    + " DATEOFBIRTH, NATIONALITY, MUNICIPALITY, ARRIVALDATE, EMPLOYABLE, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement kimCase = c.prepareStatement("INSERT INTO KIM_CASE (ID, CLIENT_ID, OWNER_MUNICIPALITY,"
                            + " CASEMANAGER, TARGETGROUP, PHASE, OPENEDON, CLOSEDON, CLOSUREREASON, FIRST_CONTACT_ON, VERSION)"
                            + " VALUES (" + next(c, "KIM_CASE") + ", ?, ?, 'cm.bench', ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = start; i < end; i++) {
                    String id = String.format("%s%07d", PREFIX, i);
                    String town = town();
                    LocalDate opened = START.plusDays(random.nextInt(1400));
                    client.setString(1, id);
                    client.setString(2, "Bench");
                    client.setString(3, "Case " + i);
                    client.setDate(4, Date.valueOf(LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28))));
                    client.setString(5, "SYR");
                    client.setString(6, town);
                    client.setDate(7, Date.valueOf(opened.minusDays(random.nextInt(200))));
                    client.setBoolean(8, true);
                    client.addBatch();
                    boolean closed = random.nextInt(100) < 35;
                    LocalDate closedOn = closed ? min(opened.plusDays(30 + random.nextInt(700)), LocalDate.of(2026, 11, 1)) : null;
                    kimCase.setString(1, id);
                    kimCase.setString(2, town);
                    kimCase.setString(3, GROUPS[random.nextInt(GROUPS.length)]);
                    kimCase.setString(4, closed ? "CLOSED" : PHASES[random.nextInt(PHASES.length)]);
                    kimCase.setDate(5, Date.valueOf(opened));
                    kimCase.setDate(6, closedOn == null ? null : Date.valueOf(closedOn));
                    kimCase.setString(7, closed ? "Ziele erreicht" : null);
                    LocalDate contact = random.nextInt(100) < 85 ? opened.plusDays(random.nextInt(40)) : null;
                    kimCase.setDate(8, contact == null ? null : Date.valueOf(contact));
                    kimCase.addBatch();
                    cases.add(new Object[] {id, opened});
                }
                client.executeBatch();
                kimCase.executeBatch();
            }
            details(c, cases, ebhOffice);
            c.commit();
        }
    }

    private void details(Connection c, List<Object[]> cases, long ebhOffice) throws SQLException {
        String first = (String) cases.get(0)[0];
        String last = (String) cases.get(cases.size() - 1)[0];
        try (PreparedStatement ids = c.prepareStatement("SELECT ID, CLIENT_ID, OPENEDON, FIRST_CONTACT_ON, OWNER_MUNICIPALITY, TARGETGROUP FROM KIM_CASE WHERE CLIENT_ID BETWEEN ? AND ?");
                PreparedStatement activity = c.prepareStatement("INSERT INTO KIM_ACTIVITY (ID, CASE_ID, ACTIVITY_DATE, KIND) VALUES (" + next(c, "KIM_ACTIVITY") + ", ?, ?, 'MEETING')");
                PreparedStatement goal = c.prepareStatement("INSERT INTO KIM_GOAL (ID, CASE_ID, AREA, DESCRIPTION, STATUS, AGREEDON, CLIENT_ID, CASE_MUNICIPALITY, CASE_TARGET_GROUP) VALUES (" + next(c, "KIM_GOAL") + ", ?, ?, 'Ziel', ?, ?, ?, ?, ?)");
                PreparedStatement period = c.prepareStatement("INSERT INTO KIM_LEGAL_DOMAIN_PERIOD (ID, CLIENT_ID, DOMAIN, FROM_DATE, TO_DATE, BENEFIT_CHANGE, BENEFIT_GAP_DAYS) VALUES (" + next(c, "KIM_LEGAL_DOMAIN_PERIOD") + ", ?, ?, ?, ?, ?, ?)");
                PreparedStatement status = c.prepareStatement("INSERT INTO KIM_RESIDENCE_STATUS (ID, CLIENT_ID, TITLE, VALIDFROM, VALIDTO, PREVIOUS_TITLE) VALUES (" + next(c, "KIM_RESIDENCE_STATUS") + ", ?, ?, ?, ?, ?)");
                PreparedStatement referral = c.prepareStatement("INSERT INTO KIM_REFERRAL (ID, CASE_ID, TOOFFICEID, KIND, PURPOSE, STATUS, CREATEDON, VERSION) VALUES (" + next(c, "KIM_REFERRAL") + ", ?, ?, 'SERVICE', 'RESIDENCE', 'SENT', ?, 1)")) {
            ids.setString(1, first);
            ids.setString(2, last);
            try (ResultSet r = ids.executeQuery()) {
                while (r.next()) {
                    long caseId = r.getLong(1);
                    String client = r.getString(2);
                    LocalDate opened = r.getDate(3).toLocalDate();
                    if (r.getDate(4) != null) {
                        add(activity, caseId, r.getDate(4));
                    }
                    for (int g = 0; g < 1 + random.nextInt(2); g++) {
                        add(goal, caseId, AREAS[random.nextInt(AREAS.length)], GOAL_STATUS[random.nextInt(GOAL_STATUS.length)],
                                Date.valueOf(opened.plusDays(20)), client, r.getString(5), r.getString(6));
                    }
                    timeline(period, status, client, opened);
                    if (random.nextInt(100) < 10 && ebhOffice > 0) {
                        add(referral, caseId, ebhOffice, Date.valueOf(opened.plusDays(60)));
                    }
                }
            }
            for (PreparedStatement p : List.of(activity, goal, period, status, referral)) {
                p.executeBatch();
            }
        }
    }

    private void timeline(PreparedStatement period, PreparedStatement status, String client, LocalDate opened)
            throws SQLException {
        LocalDate arrival = opened.minusDays(100);
        boolean tolerated = random.nextInt(100) < 30;
        boolean changed = random.nextInt(100) < 45;
        LocalDate change = opened.plusDays(60 + random.nextInt(300));
        if (changed) {
            String first = tolerated ? "DULDUNG" : "GESTATTUNG";
            add(status, client, first, Date.valueOf(arrival), Date.valueOf(change.minusDays(1)), null);
            add(status, client, tolerated ? (random.nextBoolean() ? "P25A" : "P25B") : "P25_2", Date.valueOf(change), null,
                    first);
        } else {
            add(status, client, tolerated ? "DULDUNG" : "GESTATTUNG", Date.valueOf(arrival), null, null);
        }
        if (random.nextInt(100) < 60) {
            LocalDate end = change.plusDays(30);
            add(period, client, "AsylbLG", Date.valueOf(arrival), changed ? Date.valueOf(end) : null, false, null);
            if (changed) {
                int gap = random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(20);
                add(period, client, "SGB2", Date.valueOf(end.plusDays(1 + gap)), null, true, gap);
            }
        }
    }

    /**
     * The next value of the table's id sequence (schema version 3), in the database's words: every synthetic row
     * takes one value, which the platform's own blocks never hand out again.
     */
    private static String next(Connection c, String table) throws SQLException {
        String sequence = table + "_ID_SEQ";
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    private static void add(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                p.setNull(i + 1, i == 5 ? java.sql.Types.INTEGER : i == 4 ? java.sql.Types.VARCHAR : java.sql.Types.DATE);
            } else {
                p.setObject(i + 1, values[i]);
            }
        }
        p.addBatch();
    }

    private String town() {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return TOWNS[i];
            }
        }
        return TOWNS[0];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
