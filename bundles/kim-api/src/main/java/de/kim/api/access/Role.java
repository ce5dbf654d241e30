package de.kim.api.access;

/**
 * What a caller may do with personal data. The names of the roles in the realm (JAAS, a token's
 * claims) that map to these are configuration ({@code etc/de.kim.access.cfg}).
 */
public enum Role {
    /** KIM case manager: the clients and cases of their municipality, and what a referral released to their office. */
    CASE_MANAGER,
    /** Coordinator in the KI: pseudonymised lists and aggregates of the whole district, no names. */
    COORDINATOR,
    /** Clerk of a foreigners' or naturalisation office: only what a referral released, never KIM notes. */
    ABH_CLERK,
    /** Steering group: aggregates with suppression only. */
    STEERING,
    /** Administrator: directory, extensions, configuration; no case content. */
    ADMIN,
    /** Data-protection officer: the audit trail; no case content. */
    DATA_PROTECTION,
    /** The platform's own jobs (demo data, retention); never given to a person. */
    SYSTEM
}
