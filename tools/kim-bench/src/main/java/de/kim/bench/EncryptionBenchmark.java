package de.kim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Cost of Derby's encryption at rest, measured against the same embedded Derby without encryption in
 * one run (the yardstick). Both databases live in a scratch folder and get the same work, in
 * alternating rounds so that neither profits from a warmer JIT:
 * <ol>
 * <li>writes: small committed transactions shaped like the platform's (one client row and three
 *     timeline rows per commit, the log forced to disk at each commit);</li>
 * <li>cold reads: the database is shut down and booted again (empty page cache), then every row is
 *     read once by key, so each page is read from the file system and decrypted.</li>
 * </ol>
 * Usage: {@code java -jar kim-bench.jar encryption [--transactions N] [--rounds R] [--dir D]}.
 */
final class EncryptionBenchmark {
    private static final String BOOT = "bench-boot-password-1234";

    private EncryptionBenchmark() {
    }

    static void main(String[] args) throws Exception {
        int transactions = Integer.parseInt(RestBenchmark.option(args, "--transactions", "10000"));
        int rounds = Integer.parseInt(RestBenchmark.option(args, "--rounds", "4"));
        Path dir = Path.of(RestBenchmark.option(args, "--dir", "target/encryption-bench"));
        deleteTree(dir);
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toAbsolutePath().toString());
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        System.out.printf(Locale.ROOT, "Derby encryption at rest: %d write transactions per round, %d rounds, in %s%n",
                transactions, rounds, dir.toAbsolutePath());
        String plain = "jdbc:derby:plain";
        String encrypted = "jdbc:derby:encrypted";
        String encryptedCreate = ";dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=" + BOOT;
        create(plain + ";create=true");
        create(encrypted + ";create=true" + encryptedCreate);
        String encryptedBoot = encrypted + ";bootPassword=" + BOOT;
        writes(plain, transactions, 0); // warm-up of both paths
        writes(encryptedBoot, transactions, 0);
        coldReads(plain, "plain");
        coldReads(encryptedBoot, "encrypted");
        double[] plainFigures = new double[2];
        double[] encryptedFigures = new double[2];
        int offset = transactions;
        for (int round = 1; round <= rounds; round++) {
            // the order flips each round: neither database profits from running second
            boolean plainFirst = round % 2 == 1;
            double w0 = plainFirst ? writes(plain, transactions, offset) : 0;
            double w1 = writes(encryptedBoot, transactions, offset);
            w0 = plainFirst ? w0 : writes(plain, transactions, offset);
            double r0 = plainFirst ? coldReads(plain, "plain") : 0;
            double r1 = coldReads(encryptedBoot, "encrypted");
            r0 = plainFirst ? r0 : coldReads(plain, "plain");
            offset += transactions;
            System.out.printf(Locale.ROOT,
                    "round %d: writes %.0f/s plain, %.0f/s encrypted; cold reads %.0f rows/s plain, %.0f rows/s encrypted%n",
                    round, w0, w1, r0, r1);
            plainFigures[0] += w0;
            encryptedFigures[0] += w1;
            plainFigures[1] += r0;
            encryptedFigures[1] += r1;
        }
        System.out.printf(Locale.ROOT, "ratio encrypted : plain, committed write transactions = %.2f%n",
                encryptedFigures[0] / plainFigures[0]);
        System.out.printf(Locale.ROOT, "ratio encrypted : plain, rows read with an empty page cache = %.2f%n",
                encryptedFigures[1] / plainFigures[1]);
        shutdown("jdbc:derby:;shutdown=true");
    }

    private static void create(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CLIENT (ID BIGINT PRIMARY KEY, FAMILY_NAME VARCHAR(100), GIVEN_NAMES VARCHAR(100),"
                    + " DATE_OF_BIRTH DATE, MUNICIPALITY CHAR(8), PHONE VARCHAR(40), EMAIL VARCHAR(120))");
            s.execute("CREATE TABLE TIMELINE (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, CLIENT_ID BIGINT,"
                    + " KIND VARCHAR(40), VALID_FROM DATE, NOTE VARCHAR(400))");
            s.execute("CREATE INDEX TIMELINE_CLIENT ON TIMELINE (CLIENT_ID)");
        }
    }

    /** Committed transactions per second. */
    private static double writes(String url, int transactions, int offset) throws SQLException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            PreparedStatement client = c.prepareStatement("INSERT INTO CLIENT VALUES (?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement timeline = c.prepareStatement(
                    "INSERT INTO TIMELINE (CLIENT_ID, KIND, VALID_FROM, NOTE) VALUES (?, ?, ?, ?)");
            long started = System.nanoTime();
            for (int i = 0; i < transactions; i++) {
                long id = offset + i;
                client.setLong(1, id);
                client.setString(2, "Familienname-" + r.nextInt(100_000));
                client.setString(3, "Vorname-" + r.nextInt(10_000));
                client.setDate(4, java.sql.Date.valueOf("1985-03-1" + r.nextInt(10)));
                client.setString(5, "05958032");
                client.setString(6, "+49 2933 " + r.nextInt(1_000_000));
                client.setString(7, "person" + id + "@example.org");
                client.executeUpdate();
                for (String kind : new String[] {"LEGAL_DOMAIN_PERIOD", "RESIDENCE_STATUS", "PLANNED_TRANSITION"}) {
                    timeline.setLong(1, id);
                    timeline.setString(2, kind);
                    timeline.setDate(3, java.sql.Date.valueOf("2025-0" + (1 + r.nextInt(9)) + "-01"));
                    timeline.setString(4, "Vermerk " + r.nextLong());
                    timeline.executeUpdate();
                }
                c.commit();
            }
            return transactions / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Rows per second read by key right after a fresh boot of the database. */
    private static double coldReads(String url, String name) throws SQLException {
        shutdown("jdbc:derby:" + name + ";shutdown=true");
        try (Connection c = DriverManager.getConnection(url)) {
            long rows = 0;
            long started = System.nanoTime();
            try (PreparedStatement ids = c.prepareStatement("SELECT ID FROM CLIENT");
                    PreparedStatement one = c.prepareStatement(
                            "SELECT C.FAMILY_NAME, T.NOTE FROM CLIENT C JOIN TIMELINE T ON T.CLIENT_ID = C.ID WHERE C.ID = ?");
                    ResultSet all = ids.executeQuery()) {
                while (all.next()) {
                    one.setLong(1, all.getLong(1));
                    try (ResultSet rs = one.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006 for one database, XJ015 for all)
            if (!"08006".equals(expected.getSQLState()) && !"XJ015".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
