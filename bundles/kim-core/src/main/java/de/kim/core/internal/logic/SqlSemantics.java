package de.kim.core.internal.logic;

/**
 * What a translated filter must say differently on a database, so that it keeps JavaScript's meaning there and
 * stays plain enough for the database's planner to estimate (a comparison wrapped in a function or a cast is a
 * guess to PostgreSQL's planner, and a wrong guess chose a nested loop over 550,000 rows).
 */
public interface SqlSemantics {

    /** Derby: text compares blank-padded, yes/no columns hold 1 and 0. */
    SqlSemantics PADDED_TEXT_NUMERIC_YES_NO = new SqlSemantics() {
        @Override
        public boolean padsText() {
            return true;
        }

        @Override
        public boolean booleanColumns() {
            return false;
        }
    };

    /**
     * Whether the database compares text padded with blanks ({@code 'a' = 'a '}, as Derby does), so that equal text
     * must also be checked for equal length.
     */
    boolean padsText();

    /** Whether yes/no columns are SQL BOOLEAN (PostgreSQL) rather than the numbers 1 and 0 (Derby's SMALLINT). */
    boolean booleanColumns();
}
