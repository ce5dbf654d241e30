package de.kim.bench.commands;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Writes synthetic clients and cases straight into the database (the bulk path of the benchmarks): each
 * client follows one of the seven typical {@link Trajectory trajectories}, lives in an HSK municipality
 * chosen by its residents, has a name of its nationality with the person-search keys, and a case with
 * first contact, goals, residence titles, legal-domain periods and, for some, an application for
 * naturalisation at the EBH. Client ids start with {@code BENCH}, so the rows can be told apart.
 */
final class SyntheticCases {
    static final String PREFIX = "BENCH";
    /** HSK municipalities (AGS) and their residents on 30.06.2023 (KIM.md). */
    private static final String[] TOWNS = {"05958004", "05958008", "05958012", "05958016", "05958020", "05958024",
        "05958028", "05958032", "05958036", "05958040", "05958044", "05958048"};
    private static final int[] RESIDENTS = {74300, 10720, 25583, 8917, 4540, 19718, 8157, 29957, 14510, 24951, 27751,
        12674};
    private static final String[] OPEN_PHASES = {"INTAKE", "ASSESSMENT", "PLANNING", "LINKING_MONITORING"};
    private static final String[] AREAS = {"RESIDENCE", "WORK", "LANGUAGE", "HOUSING", "HEALTH", "CHILDCARE",
        "EDUCATION", "COUNSELLING"};
    private static final String[] OPEN_GOALS = {"AGREED", "IN_PROGRESS", "IN_PROGRESS", "ACHIEVED"};
    private static final String[] CLOSED_GOALS = {"ACHIEVED", "ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "DROPPED"};
    private static final String[] CLOSURE = {"Ziele erreicht", "Ziele erreicht", "Umzug", "Keine Mitwirkung",
        "Übergabe an Regeldienst"};
    private static final LocalDate LAST_OPENED = LocalDate.of(2026, 11, 1);
    /** Cases per transaction: their rows stay below Derby's lock escalation (5,000 row locks per table). */
    static final int PER_TRANSACTION = 250;

    private final Random random;
    private final Rows rows;
    private final long ebhOffice;

    private SyntheticCases(Rows rows, long seed, long ebhOffice) {
        this.random = new Random(seed);
        this.rows = rows;
        this.ebhOffice = ebhOffice;
    }

    static int existing(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM KIM_CASE WHERE CLIENT_ID LIKE '" + PREFIX + "%'")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Adds synthetic cases until there are {@code wanted}; prints how long it took. */
    static void ensure(DataSource dataSource, int wanted) throws SQLException, InterruptedException {
        int existing;
        try (Connection c = dataSource.getConnection()) {
            existing = existing(c);
        }
        if (wanted > existing) {
            long t0 = System.nanoTime();
            generate(dataSource, existing, wanted - existing, 2);
            System.out.printf("Added %,d synthetic cases in %.1f s%n", wanted - existing, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Adds {@code count} cases after the {@code from} already there, on {@code threads} connections, each
     * committing every {@link #PER_TRANSACTION}; the rows written. Each slice of cases has its own seed, so
     * the data do not depend on the threads.
     */
    static long generate(DataSource dataSource, int from, int count, int threads) throws SQLException,
            InterruptedException {
        long ebh;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MIN(ID) FROM KIM_OFFICE WHERE KIND = 'EBH'")) {
            ebh = r.next() ? r.getLong(1) : 0;
        }
        AtomicInteger nextSlice = new AtomicInteger(from);
        AtomicLong written = new AtomicLong();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    Rows rows = new Rows(c);
                    for (int start = nextSlice.getAndAdd(PER_TRANSACTION); start < from + count && failures.isEmpty();
                            start = nextSlice.getAndAdd(PER_TRANSACTION)) {
                        SyntheticCases slice = new SyntheticCases(rows, 42L + start, ebh);
                        for (int i = start; i < Math.min(from + count, start + PER_TRANSACTION); i++) {
                            slice.one(String.format("%s%07d", PREFIX, i));
                        }
                        written.addAndGet(rows.flush());
                        c.commit();
                    }
                } catch (SQLException | RuntimeException e) {
                    failures.add(e);
                }
            }, "kim-bench-generate-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new SQLException("synthetic cases not all written: " + failures.get(0), failures.get(0));
        }
        return written.get();
    }

    private void one(String clientId) throws SQLException {
        Trajectory trajectory = Trajectory.pick(random);
        String town = TOWNS[Weighted.index(RESIDENTS, random)];
        String nationality = trajectory.nationality(random);
        LocalDate opened = trajectory.opened(LAST_OPENED, random);
        LocalDate arrival = trajectory.arrival(opened, random);
        LocalDate born = trajectory.born(arrival, random);
        String[] name = SyntheticNames.pick(nationality, random);
        rows.client.row(clientId, name[0], name[1], date(born), nationality, town, date(arrival),
                trajectory != Trajectory.UNACCOMPANIED_MINOR);
        for (String[] key : SyntheticNames.keys(clientId, name[0], name[1])) {
            rows.nameKey.row(clientId + "/" + key[0], clientId, key[0], key[1].length() > 300 ? key[1].substring(0, 300)
                    : key[1]);
        }
        long caseId = rows.caseIds.next();
        boolean closed = random.nextInt(100) < 35;
        LocalDate closedOn = closed ? min(opened.plusDays(30 + random.nextInt(700)), LAST_OPENED) : null;
        String group = trajectory == Trajectory.RECOGNISED_FAMILY && random.nextInt(10) < 3 ? "ASYLUM_SEEKER"
                : trajectory.targetGroup;
        LocalDate contact = random.nextInt(100) < 85 ? opened.plusDays(random.nextInt(40)) : null;
        rows.kimCase.row(caseId, clientId, town, group, closed ? "CLOSED" : OPEN_PHASES[random.nextInt(4)], date(opened),
                date(closedOn), closed ? CLOSURE[random.nextInt(CLOSURE.length)] : null, date(contact));
        if (contact != null) {
            rows.activity.row(rows.activityIds.next(), caseId, date(contact));
        }
        int goals = 1 + random.nextInt(3);
        for (int g = 0; g < goals; g++) {
            String status = closed ? CLOSED_GOALS[random.nextInt(CLOSED_GOALS.length)]
                    : OPEN_GOALS[random.nextInt(OPEN_GOALS.length)];
            rows.goal.row(rows.goalIds.next(), caseId, AREAS[random.nextInt(AREAS.length)], status,
                    date(opened.plusDays(20)), clientId, town, group);
        }
        trajectory.write(new Trajectory.Timeline() {
            @Override
            public void status(String title, LocalDate validFrom, LocalDate validTo, String previous) {
                rows.status.row(rows.statusIds.next(), clientId, title, date(validFrom), date(validTo),
                        new Typed(previous, Types.VARCHAR));
            }

            @Override
            public void period(String domain, LocalDate fromDate, LocalDate toDate, boolean change, Integer gap) {
                rows.period.row(rows.periodIds.next(), clientId, domain, date(fromDate), date(toDate), change,
                        new Typed(gap, Types.INTEGER));
            }

            @Override
            public void naturalisation(LocalDate applied) {
                if (ebhOffice > 0) {
                    rows.referral.row(rows.referralIds.next(), caseId, ebhOffice, date(applied));
                }
            }
        }, arrival, born, random);
    }

    private static Typed date(LocalDate d) {
        return new Typed(d == null ? null : Date.valueOf(d), Types.DATE);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A value that may be null, with its SQL type. */
    record Typed(Object value, int sqlType) {
    }

    /** The batched inserts of one connection, and the id blocks they draw from. */
    private static final class Rows {
        final Insert client;
        final Insert nameKey;
        final Insert kimCase;
        final Insert activity;
        final Insert goal;
        final Insert period;
        final Insert status;
        final Insert referral;
        final IdBlock caseIds;
        final IdBlock activityIds;
        final IdBlock goalIds;
        final IdBlock periodIds;
        final IdBlock statusIds;
        final IdBlock referralIds;

        Rows(Connection c) throws SQLException {
            client = new Insert(c, "INSERT INTO KIM_CLIENT (ID, FAMILYNAME, GIVENNAMES, DATEOFBIRTH, NATIONALITY,"
                    + " MUNICIPALITY, ARRIVALDATE, EMPLOYABLE, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
            nameKey = new Insert(c, "INSERT INTO KIM_CLIENT_NAME_KEY (ID, CLIENT_ID, TOKEN, SORTNAME) VALUES (?, ?, ?, ?)");
            kimCase = new Insert(c, "INSERT INTO KIM_CASE (ID, CLIENT_ID, OWNER_MUNICIPALITY, CASEMANAGER, TARGETGROUP,"
                    + " PHASE, OPENEDON, CLOSEDON, CLOSUREREASON, FIRST_CONTACT_ON, VERSION)"
                    + " VALUES (?, ?, ?, 'cm.bench', ?, ?, ?, ?, ?, ?, 1)");
            activity = new Insert(c, "INSERT INTO KIM_ACTIVITY (ID, CASE_ID, ACTIVITY_DATE, KIND) VALUES (?, ?, ?, 'MEETING')");
            goal = new Insert(c, "INSERT INTO KIM_GOAL (ID, CASE_ID, AREA, DESCRIPTION, STATUS, AGREEDON, CLIENT_ID,"
                    + " CASE_MUNICIPALITY, CASE_TARGET_GROUP) VALUES (?, ?, ?, 'Ziel', ?, ?, ?, ?, ?)");
            period = new Insert(c, "INSERT INTO KIM_LEGAL_DOMAIN_PERIOD (ID, CLIENT_ID, DOMAIN, FROM_DATE, TO_DATE,"
                    + " BENEFIT_CHANGE, BENEFIT_GAP_DAYS) VALUES (?, ?, ?, ?, ?, ?, ?)");
            status = new Insert(c, "INSERT INTO KIM_RESIDENCE_STATUS (ID, CLIENT_ID, TITLE, VALIDFROM, VALIDTO,"
                    + " PREVIOUS_TITLE) VALUES (?, ?, ?, ?, ?, ?)");
            referral = new Insert(c, "INSERT INTO KIM_REFERRAL (ID, CASE_ID, TOOFFICEID, KIND, PURPOSE, STATUS, CREATEDON,"
                    + " VERSION) VALUES (?, ?, ?, 'SERVICE', 'NATURALISATION', 'SENT', ?, 1)");
            caseIds = new IdBlock(c, "KIM_CASE");
            activityIds = new IdBlock(c, "KIM_ACTIVITY");
            goalIds = new IdBlock(c, "KIM_GOAL");
            periodIds = new IdBlock(c, "KIM_LEGAL_DOMAIN_PERIOD");
            statusIds = new IdBlock(c, "KIM_RESIDENCE_STATUS");
            referralIds = new IdBlock(c, "KIM_REFERRAL");
        }

        /** Writes the batches in the order of the foreign keys; the number of rows. */
        long flush() throws SQLException {
            long written = 0;
            for (Insert insert : List.of(client, nameKey, kimCase, activity, goal, period, status, referral)) {
                written += insert.flush();
            }
            return written;
        }
    }

    /** One batched INSERT. */
    private static final class Insert {
        private final PreparedStatement statement;
        private int pending;

        Insert(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
        }

        void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Typed t) {
                        if (t.value() == null) {
                            statement.setNull(i + 1, t.sqlType());
                        } else {
                            statement.setObject(i + 1, t.value(), t.sqlType());
                        }
                    } else {
                        statement.setObject(i + 1, values[i]);
                    }
                }
                statement.addBatch();
                pending++;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        int flush() throws SQLException {
            int n = pending;
            if (n > 0) {
                statement.executeBatch();
                pending = 0;
            }
            return n;
        }
    }

    /**
     * Ids from a table's sequence (schema version 3: increment 50) in the platform's manner: a value v
     * stands for the block v-49 … v, which nobody else hands out.
     */
    private static final class IdBlock {
        private final PreparedStatement next;
        private long value;
        private long last = -1;

        IdBlock(Connection c, String table) throws SQLException {
            String sequence = table + "_ID_SEQ";
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            next = c.prepareStatement(postgres ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence);
        }

        long next() {
            if (value > last) {
                try (ResultSet r = next.executeQuery()) {
                    r.next();
                    last = r.getLong(1);
                    value = last - 49;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return value++;
        }
    }
}
