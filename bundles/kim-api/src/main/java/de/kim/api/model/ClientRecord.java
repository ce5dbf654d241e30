package de.kim.api.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything stored about one person (DSGVO Art. 15): master data, timeline, consents, and every
 * case with its referrals, form submissions and tasks.
 */
public record ClientRecord(Instant exportedAt, Client client, Timeline timeline, List<Consent> consents,
        List<CaseRecord> cases) {

    /** One case with what hangs off it. */
    public record CaseRecord(Case kimCase, List<Referral> referrals, List<FormSubmission> submissions,
            List<CaseTask> tasks) {
    }
}
