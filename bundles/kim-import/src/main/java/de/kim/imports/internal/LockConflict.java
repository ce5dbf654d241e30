package de.kim.imports.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import javax.transaction.xa.XAException;

/**
 * A failure that says nothing about the row, after which the batch is tried again instead of blaming its row:
 * <ul>
 * <li>the database chose the batch as a deadlock victim or gave up waiting for another import thread's lock
 * (SQL state class 40, e.g. Derby's 40001 and 40XL1, PostgreSQL's 40P01);</li>
 * <li>the batch's connection was lost because an earlier conflict on it ended its transaction in the database
 * (SQL state class 08, Derby's "No current connection", the pool's "Connection … is closed", an
 * {@link XAException} of the transaction manager): a new attempt gets a new connection.</li>
 * </ul>
 */
final class LockConflict {
    static final int ATTEMPTS = 5;

    private LockConflict() {
    }

    /**
     * Whether a batch that failed with {@code failure} is tried again before a row is blamed: a lock conflict, or
     * a failure that is no refusal of the platform (not a {@link de.kim.api.KimException}); a row that fails the
     * same way each time is reported after the last attempt.
     */
    static boolean retried(Throwable failure) {
        return is(failure) || !(failure instanceof de.kim.api.KimException);
    }

    /** Whether the connection or its XA branch was lost (retried, but not routine: worth a stack trace). */
    static boolean lostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof XAException) {
                return true;
            }
        }
        return false;
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof XAException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("40") || state.startsWith("08"))) {
                        return true;
                    }
                    // commons-dbcp2 says so without an SQL state
                    if (state == null && s.getMessage() != null && s.getMessage().matches("(?s)Connection .* is closed\\.?")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
