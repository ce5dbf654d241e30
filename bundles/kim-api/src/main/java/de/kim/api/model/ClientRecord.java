package de.kim.api.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything stored about one person (DSGVO Art. 15): master data, timeline, consents, and every case with its
 * referrals, form submissions and tasks; which other municipalities hold cases of the person that the
 * requesting office may not read; and who accessed the person's data (Art. 15(1)(c): the recipients).
 *
 * @param casesElsewhere municipalities holding cases of the person outside the export, without their content
 * @param accessLog      every recorded access to the person's data, oldest first
 * @param documents      the documents kept with the person (what they are, not their content), newest first
 */
public record ClientRecord(Instant exportedAt, Client client, Timeline timeline, List<Consent> consents,
        List<CaseRecord> cases, List<CasesElsewhere> casesElsewhere, List<Access> accessLog, List<Document> documents) {

    public ClientRecord {
        casesElsewhere = casesElsewhere == null ? List.of() : List.copyOf(casesElsewhere);
        accessLog = accessLog == null ? List.of() : List.copyOf(accessLog);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A record without documents (the form before release 1.8 of the model). */
    public ClientRecord(Instant exportedAt, Client client, Timeline timeline, List<Consent> consents,
            List<CaseRecord> cases, List<CasesElsewhere> casesElsewhere, List<Access> accessLog) {
        this(exportedAt, client, timeline, consents, cases, casesElsewhere, accessLog, List.of());
    }

    public ClientRecord(Instant exportedAt, Client client, Timeline timeline, List<Consent> consents,
            List<CaseRecord> cases) {
        this(exportedAt, client, timeline, consents, cases, List.of(), List.of());
    }

    /** One case with what hangs off it. */
    public record CaseRecord(Case kimCase, List<Referral> referrals, List<FormSubmission> submissions,
            List<CaseTask> tasks) {
    }

    /** A municipality that holds cases of the person which the export does not contain. */
    public record CasesElsewhere(String municipality, String name, int cases) {
    }

    /**
     * One access to the person's data, from the audit trail.
     *
     * @param user     who (a user name, or {@code system:<task>} for the platform's own work)
     * @param role     in which role
     * @param officeId for which office
     * @param action   what, e.g. {@code client.read}, {@code referral.status}
     * @param purpose  the purpose of a release, if any
     * @param outcome  ALLOWED or DENIED
     */
    public record Access(Instant at, String user, String role, Long officeId, String action, Long caseId,
            String purpose, String outcome) {
    }
}
