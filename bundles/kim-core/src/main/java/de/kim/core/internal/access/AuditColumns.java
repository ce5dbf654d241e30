package de.kim.core.internal.access;

/** The columns of {@code KIM_AUDIT} that the chain hash covers, in hashing order. */
final class AuditColumns {
    /** ID, AT (epoch milliseconds), and every recorded field. */
    static final String SEALED = "ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME, CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL";

    private AuditColumns() {
    }
}
