package de.kim.imports.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * A failure that says nothing about the row: the database chose the batch as a deadlock victim or
 * gave up waiting for another import thread's lock (SQL state class 40, e.g. Derby's 40001 and
 * 40XL1, PostgreSQL's 40P01). Such a batch is tried again instead of blaming its row.
 */
final class LockConflict {
    static final int ATTEMPTS = 5;

    private LockConflict() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
