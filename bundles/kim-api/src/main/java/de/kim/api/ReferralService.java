package de.kim.api;

import de.kim.api.model.Consent;
import de.kim.api.model.IncomingReferral;
import de.kim.api.model.Referral;
import java.time.LocalDate;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Consents and referrals: no referral and no release of data without a consent that covers the
 * recipient and the purpose. Status changes of referrals are posted on the EventAdmin under
 * {@code de/kim/referral/<STATUS>}.
 */
@ProviderType
public interface ReferralService {
    String EVENT_TOPIC_PREFIX = "de/kim/referral/";

    Consent recordConsent(Caller caller, String clientId, Consent consent);

    List<Consent> consents(Caller caller, String clientId);

    /** Withdraws a consent from {@code on} (today if null); every later referral or release it covered is refused. */
    Consent withdrawConsent(Caller caller, String clientId, long consentId, LocalDate on);

    /**
     * Opens a referral in status PROPOSED.
     *
     * @throws ConflictException if no consent covers recipient and purpose, the case is closed, or a
     *                           hand-over of the case is already under way
     */
    Referral refer(Caller caller, long caseId, Referral referral);

    Referral referral(Caller caller, long id);

    List<Referral> referrals(Caller caller, long caseId);

    /**
     * The inbox of the caller's office: referrals sent to it that it has not answered (SENT) or holds (ACCEPTED),
     * the earliest deadline first (none last); empty for a caller without an office. Each read is audited.
     */
    List<IncomingReferral> incoming(Caller caller);

    /**
     * Moves a referral on. SENT releases data and needs a covering consent; ACCEPTED of a hand-over
     * passes the case to the receiving office; COMPLETED of a hand-over that carries a planned
     * legal-domain change applies it to the timeline.
     *
     * @throws ConflictException if the transition is not allowed, not covered, or the version is stale
     */
    Referral changeStatus(Caller caller, long id, Referral.Status status, String outcome, long version);
}
