package de.kim.api;

import de.kim.api.model.ClientTask;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.Occupation;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.StatusChange;
import de.kim.api.model.Timeline;
import java.time.LocalDate;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A client's residence status history and legal-domain timeline, and the Rechtskreiswechsel the
 * transition rules derive from status changes.
 */
@ProviderType
public interface TimelineService {

    /**
     * Records a residence status; the previous open status ends the day before. The transition rules
     * then derive planned legal-domain changes (with hand-over referrals where a case is open and a
     * consent covers it) and deadlines.
     */
    StatusChange recordResidenceStatus(Caller caller, String clientId, ResidenceStatus status);

    /**
     * Adds a legal-domain period.
     *
     * @throws ConflictException if it overlaps a period of the same or a mutually exclusive domain
     *                           (AsylbLG, SGB II, SGB XII)
     */
    LegalDomainPeriod addPeriod(Caller caller, String clientId, LegalDomainPeriod period);

    /**
     * Records a continuation of help for young adults beyond 21 under §41 SGB VIII on an SGB VIII period
     * (until at most the day before the 27th birthday): the planned change to SGB II or SGB XII moves to the
     * day after {@code until}, with its hand-over deadline and the deadline task.
     */
    LegalDomainPeriod continueYouthHelp(Caller caller, String clientId, long periodId, LocalDate until);

    /**
     * Records school, training, a qualification or employment. An ended employment of an EU citizen opens
     * the task to check the worker status, the SGB II entitlement and health insurance.
     */
    Occupation recordOccupation(Caller caller, String clientId, Occupation occupation);

    /** Ends an occupation on {@code to}; for employment, whether the job was lost involuntarily. */
    Occupation endOccupation(Caller caller, String clientId, long occupationId, LocalDate to, Boolean involuntary);

    /** Ends an open period on {@code to} (its last day). */
    LegalDomainPeriod endPeriod(Caller caller, String clientId, long periodId, LocalDate to);

    Timeline timeline(Caller caller, String clientId);

    /**
     * Planned transitions not yet applied whose effective date or hand-over deadline is on or before {@code until}
     * (a change a year ahead whose hand-over is due now is listed).
     */
    List<PlannedTransition> transitionsDue(Caller caller, LocalDate until);

    /** Open deadlines whose warning starts on or before {@code until}. */
    List<ClientTask> tasksDue(Caller caller, LocalDate until);
}
