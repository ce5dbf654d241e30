package de.kim.api.model;

/**
 * Target groups of KIM case management.
 */
public enum TargetGroup {
    ASYLUM_SEEKER, RECOGNISED_REFUGEE, TOLERATED, YOUNG_ADULT, UNACCOMPANIED_MINOR, TEMPORARY_PROTECTION,
    EU_CITIZEN, LONG_TERM_RESIDENT, OTHER
}
