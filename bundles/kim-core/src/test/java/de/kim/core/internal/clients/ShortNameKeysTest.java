package de.kim.core.internal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kim.core.internal.store.NameKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The start-up backfill on a real Derby gives an earlier database exactly the short keys a new client gets. */
class ShortNameKeysTest {

    @Test
    void backfillAddsTheShortKeysOfEveryClientOnce() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:derby:memory:shortkeys;create=true")) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE KIM_CLIENT_NAME_KEY (ID VARCHAR(120) PRIMARY KEY, CLIENT_ID VARCHAR(12) NOT NULL,"
                        + " TOKEN VARCHAR(100) NOT NULL, SORTNAME VARCHAR(300) NOT NULL)");
            }
            Map<String, String[]> clients = Map.of("K-1", new String[] {"Haddad", "Hana Al"}, "K-2", new String[] {"Öz", "Ay"});
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO KIM_CLIENT_NAME_KEY VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String[]> c : clients.entrySet()) {
                    for (String token : NameKey.tokens(c.getValue())) {
                        insert.setString(1, c.getKey() + "/" + token);
                        insert.setString(2, c.getKey());
                        insert.setString(3, token);
                        insert.setString(4, "sort " + c.getKey());
                        insert.executeUpdate();
                    }
                }
            }
            assertEquals(false, present(db));
            for (int n = 1; n <= NameKey.SHORT_MAX; n++) {
                try (PreparedStatement fill = db.prepareStatement(ShortNameKeys.insert(n))) {
                    for (int p = 1; p <= 3; p++) {
                        fill.setString(p, NameKey.SHORT);
                    }
                    fill.executeUpdate();
                }
            }
            Map<String, Set<String>> expected = new TreeMap<>();
            clients.forEach((id, name) -> expected.put(id, NameKey.shortKeys(NameKey.tokens(name))));
            Map<String, Set<String>> actual = new TreeMap<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT CLIENT_ID, TOKEN, SORTNAME FROM KIM_CLIENT_NAME_KEY")) {
                while (rs.next()) {
                    if (rs.getString(2).startsWith(NameKey.SHORT)) {
                        actual.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                        assertEquals("sort " + rs.getString(1), rs.getString(3));
                    }
                }
            }
            actual.replaceAll((id, keys) -> new TreeSet<>(keys));
            expected.replaceAll((id, keys) -> new TreeSet<>(keys));
            assertEquals(expected, actual);
            assertEquals(true, present(db));
        }
    }

    private static boolean present(Connection db) throws Exception {
        try (PreparedStatement query = db.prepareStatement(ShortNameKeys.PRESENT)) {
            query.setString(1, NameKey.SHORT);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
