package de.kim.report.internal;

import de.kim.api.model.Municipality;
import de.kim.api.steering.Caseload;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.Post;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import java.time.LocalDate;
import java.util.List;

/** Everything the evaluation report shows, gathered through the steering service (checked and audited). */
record ReportData(int period, LocalDate generatedOn, String district, List<Municipality> municipalities,
        List<SteeringFigures> figures, List<NeedsAssessment> needs, List<Post> posts, List<Caseload> caseloads,
        List<FindingCount> findings, List<SteeringMeeting> meetings, int threshold) {
}
