package de.kim.core.internal.logic;

/**
 * What a translated filter must say differently on a database, so that it keeps JavaScript's meaning there and
 * stays plain enough for the database's planner to estimate (a comparison wrapped in a function or a cast is a
 * guess to PostgreSQL's planner, and a wrong guess chose a nested loop over 550,000 rows).
 */
public interface SqlSemantics {

    /**
     * Whether the database compares text padded with blanks ({@code 'a' = 'a '}, as Derby does), so that equal text
     * must also be checked for equal length.
     */
    boolean padsText();

    /** Whether yes/no columns are SQL BOOLEAN (PostgreSQL) rather than the numbers 1 and 0 (Derby's SMALLINT). */
    boolean booleanColumns();
}
