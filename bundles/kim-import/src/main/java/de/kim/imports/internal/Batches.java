package de.kim.imports.internal;

import java.util.function.Supplier;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

/**
 * Runs work in a transaction of its own, which the core's services join: committed as a whole, or
 * rolled back as a whole (always, in a dry run). Its timeout is short (30 s, not the platform's 600 s): the
 * transaction manager refuses to commit a batch that took longer, and hands the timeout to the database branches
 * (Derby ends a branch whose timeout has passed and frees its locks; Geronimo hands it over after the branch's
 * start, so Derby applies it from the connection's next branch on: a second line of defence only, decisions.md).
 */
final class Batches {
    private final TransactionManager transactions;
    private final int timeoutSeconds;

    Batches(TransactionManager transactions, int timeoutSeconds) {
        this.transactions = transactions;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs {@code work} and commits, or rolls back if it threw, marked the transaction, or {@code commit} is false. */
    <T> T run(boolean commit, Supplier<T> work) {
        boolean ended = false;
        try {
            transactions.setTransactionTimeout(timeoutSeconds); // for this thread's next transactions
            transactions.begin();
            T result = work.get();
            if (commit && transactions.getStatus() == Status.STATUS_ACTIVE) {
                transactions.commit();
            } else {
                transactions.rollback();
                if (commit) {
                    throw new IllegalStateException("the batch was marked for rollback");
                }
            }
            ended = true;
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            ended = true;
            throw new IllegalStateException("the batch could not be committed: " + e.getMessage(), e);
        } finally {
            if (!ended) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            // nothing left to roll back
        }
    }
}
