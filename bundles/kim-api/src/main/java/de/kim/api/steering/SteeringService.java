package de.kim.api.steering;

import de.kim.api.access.Caller;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Steering KIM: the four fields of action of the district's action plan. Reads are for the coordination
 * (KIM_COORDINATOR) and the steering group (KIM_STEERING); posts are written by the coordination and the
 * administrator, everything else by the coordination. Every call is checked and audited by the core's
 * access guard; figures are counted in the database and suppressed like every indicator.
 */
@ProviderType
public interface SteeringService {

    /** Posts active on the day, or all if {@code all}. */
    List<Post> posts(Caller caller, boolean all);

    /** Creates a post (id null) or changes one (id and the version read). */
    Post savePost(Caller caller, Post post);

    /** Open cases per full-time case-manager post, per municipality (district posts: the district row). */
    List<Caseload> caseloads(Caller caller);

    /** The caseloads as they stood at the end of {@code asOf}: cases open that day, posts active that day. */
    List<Caseload> caseloads(Caller caller, java.time.LocalDate asOf);

    NeedsAssessment needs(Caller caller, String ags, int period);

    /** The needs assessments of every KIM municipality for the period, counted together (for the report). */
    List<NeedsAssessment> needs(Caller caller, int period);

    EnteredNeeds enterNeeds(Caller caller, String ags, int period, EnteredNeeds entered);

    /** Every standard indicator per municipality in {@code period} and as a trend from {@code fromPeriod}. */
    List<SteeringFigures> figures(Caller caller, int period, int fromPeriod);

    List<FindingCount> findingCounts(Caller caller);

    List<MonitoringSnapshot> snapshots(Caller caller, Integer period);

    /** Computes the figures of {@code period} now and keeps them. */
    MonitoringSnapshot takeSnapshot(Caller caller, int period);

    List<SteeringMeeting> meetings(Caller caller);

    SteeringMeeting meeting(Caller caller, long id);

    /** Schedules a meeting; its agenda is drawn from the open and raised structural findings. */
    SteeringMeeting scheduleMeeting(Caller caller, SteeringMeeting meeting);

    /** Records a decision on a finding of the meeting's agenda. */
    SteeringMeeting recordDecision(Caller caller, long meetingId, SteeringMeeting.Decision decision);
}
