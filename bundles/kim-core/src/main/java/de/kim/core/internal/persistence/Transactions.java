package de.kim.core.internal.persistence;

import de.kim.api.ConflictException;
import de.kim.api.KimException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.operations.ReadOnlyException;
import de.kim.api.operations.ReadOnlyState;
import java.util.List;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Runs work against the persistence unit {@code kim}. The transaction template may wrap what the
 * work threw; callers see the platform's own exceptions unchanged.
 */
public final class Transactions {
    /** The platform's read-only mode, as the read-only switch last set it: one per bundle, like the database. */
    private static volatile ReadOnlyState readOnly = ReadOnlyState.WRITABLE;

    private final JpaTemplate jpa;

    public Transactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * Runs reading {@code work} in the caller's transaction if there is one, else in a new one (the
     * audit row of a read is written with it). A refusal ({@link KimException}) is carried out of the template rather than thrown through
     * it, as nothing was written and a 404 is no reason for a rollback warning in the log.
     */
    public <R> R read(EmFunction<R> work) {
        KimException[] refusal = new KimException[1];
        R result = run(TransactionType.Required, em -> {
            try {
                return work.apply(em);
            } catch (KimException e) {
                refusal[0] = e;
                return null;
            }
        });
        if (refusal[0] != null) {
            throw refusal[0];
        }
        return result;
    }

    /**
     * Runs {@code work} in a transaction, joining the caller's if there is one; refused while the
     * platform is read-only.
     */
    public <R> R write(EmFunction<R> work) {
        ReadOnlyState state = readOnly;
        if (state.readOnly()) {
            throw new ReadOnlyException(state);
        }
        return run(TransactionType.Required, work);
    }

    /**
     * Runs the platform's own {@code work} also while read-only: the read-only switch and the audit rows
     * of administrators, and maintenance that no user asked for (start-up backfills, the directory seed,
     * the registry of extension definitions).
     */
    public <R> R maintain(EmFunction<R> work) {
        return run(TransactionType.Required, work);
    }

    /** Sets the mode every write of this bundle checks (by the read-only switch, at start and on change). */
    public static void readOnly(ReadOnlyState state) {
        readOnly = state;
    }

    private <R> R run(TransactionType type, EmFunction<R> work) {
        try {
            return jpa.txExpr(type, work);
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    static RuntimeException unwrap(RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof KimException kim) {
                return kim;
            }
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return new ConflictException("the record was changed by someone else meanwhile; read it again", "stale-version");
            }
        }
        return thrown;
    }

    /** Refuses a change based on a version of a record that is no longer current. */
    public static void requireVersion(String record, Long expected, long current) {
        if (expected == null) {
            throw new ValidationException(List.of(new Violation("version",
                    "send the version of the " + record + " you read (optimistic locking)")));
        }
        if (expected != current) {
            throw new ConflictException("the " + record + " was changed meanwhile: you sent version " + expected
                    + ", the current version is " + current + "; read it again", "stale-version");
        }
    }
}
