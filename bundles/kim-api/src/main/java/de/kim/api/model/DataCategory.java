package de.kim.api.model;

/**
 * The kinds of personal data a referral can release to the receiving office; what a purpose needs
 * is listed on {@link Purpose#releases()}.
 */
public enum DataCategory {
    /** Names, date of birth, nationality, languages. */
    IDENTITY,
    /** Phone, e-mail, municipality. */
    CONTACT,
    /** Residence status history. */
    RESIDENCE,
    /** Legal-domain periods, planned changes and deadlines. */
    LEGAL_DOMAINS,
    /** The case header: phase, owner, case manager, target group. */
    CASE,
    /** Assessments per topic area (KIM notes). */
    ASSESSMENTS,
    /** Goals of the support plan (KIM notes). */
    GOALS,
    /** Contacts and activities (KIM notes). */
    ACTIVITIES,
    /** Form submissions and procedure tasks of the case. */
    FORMS,
    /** Documents kept with the person: the signed consent, decisions (Bescheide), certificates. */
    DOCUMENTS;

    /** What §87 AufenthG keeps from a foreigners' or naturalisation office: the KIM case notes. */
    public boolean isKimNote() {
        return this == ASSESSMENTS || this == GOALS || this == ACTIVITIES || this == FORMS;
    }
}
