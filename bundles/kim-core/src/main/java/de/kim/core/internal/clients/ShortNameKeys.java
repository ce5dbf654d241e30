package de.kim.core.internal.clients;

import de.kim.core.internal.store.NameKey;
import javax.persistence.EntityManager;

/**
 * Adds the short name keys ({@link NameKey#shortKeys}) to a database made before they existed, from
 * the name keys it has, once at start: a person search of one to three letters reads only those.
 */
final class ShortNameKeys {
    private static final String MARKER = "CAST(? AS VARCHAR(1))";
    /**
     * Whether any short key is present, read at every start: a range of the token index (the marker up to
     * the next character), first row only, not a scan of all keys. One parameter, the marker.
     */
    static final String PRESENT = "SELECT 1 FROM KIM_CLIENT_NAME_KEY WHERE TOKEN >= " + MARKER + " AND TOKEN < '\u0002'"
            + " FETCH FIRST 1 ROWS ONLY";

    private ShortNameKeys() {
    }

    /** Adds the keys of the first {@code n} letters of every name word; three parameters, each the marker. */
    static String insert(int n) {
        return "INSERT INTO KIM_CLIENT_NAME_KEY (ID, CLIENT_ID, TOKEN, SORTNAME)"
                + " SELECT DISTINCT k.CLIENT_ID || '/' || " + MARKER + " || SUBSTR(k.TOKEN, 1, " + n + "), k.CLIENT_ID, "
                + MARKER + " || SUBSTR(k.TOKEN, 1, " + n + "), k.SORTNAME FROM KIM_CLIENT_NAME_KEY k"
                + " WHERE LENGTH(k.TOKEN) >= " + n + " AND SUBSTR(k.TOKEN, 1, 1) <> " + MARKER;
    }

    /** The number of short keys added (0 when the database has them already or holds no client). */
    static int backfill(EntityManager em) {
        if (!em.createNativeQuery(PRESENT).setParameter(1, NameKey.SHORT).getResultList().isEmpty()) {
            return 0;
        }
        int added = 0;
        for (int n = 1; n <= NameKey.SHORT_MAX; n++) {
            added += em.createNativeQuery(insert(n)).setParameter(1, NameKey.SHORT).setParameter(2, NameKey.SHORT)
                    .setParameter(3, NameKey.SHORT).executeUpdate();
        }
        return added;
    }
}
