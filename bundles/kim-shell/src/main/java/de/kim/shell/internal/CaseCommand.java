package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.CaseService;
import de.kim.api.ReferralService;
import de.kim.api.TimelineService;
import de.kim.api.model.Activity;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.Goal;
import de.kim.api.model.Referral;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "case", description = "Show a case: phase, assessments, goals, timeline, referrals")
public final class CaseCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    CaseService cases;

    @Reference
    ReferralService referrals;

    @Reference
    TimelineService timelines;

    @Reference(optional = true)
    de.kim.api.DirectoryService directory;

    @Argument(index = 0, name = "id", required = true, description = "Case id")
    long id;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        Case c = cases.caseById(caller, id);
        DirectoryNames names = new DirectoryNames(directory);
        System.out.println("Case " + c.id() + (c.fileNumber() == null ? "" : "  Aktenzeichen " + c.fileNumber())
                + "  client " + (c.client() == null ? "" : c.client().familyName()
                        + (c.client().givenNames() == null ? "" : ", " + c.client().givenNames()) + " ") + c.clientId()
                + "  phase " + c.phase() + "  owner " + names.municipality(c.ownerMunicipality()) + "  case manager "
                + c.caseManager() + "  target group " + (c.targetGroup() == null ? "–" : c.targetGroup().displayName()));
        System.out.println("Opened " + c.openedOn() + (c.closedOn() == null ? ""
                : ", closed " + c.closedOn() + " (" + c.closureReason() + ")")
                + (c.holderOfficeId() == null ? "" : ", held by " + names.office(c.holderOfficeId()) + " after hand-over"));
        System.out.println("Assessments:");
        for (Assessment a : c.assessments()) {
            System.out.println("  " + a.area() + ": " + a.need() + (a.note() == null ? "" : " – " + a.note()));
        }
        System.out.println("Goals:");
        for (Goal g : c.goals()) {
            System.out.println("  [" + g.status() + "] " + g.area() + ": " + g.description()
                    + (g.dueDate() == null ? "" : " (due " + g.dueDate() + ")"));
        }
        System.out.println("Activities:");
        for (Activity a : c.activities()) {
            System.out.println("  " + a.date() + " " + a.kind() + (a.note() == null ? "" : ": " + a.note()));
        }
        TimelineCommand.print(timelines.timeline(caller, c.clientId()), names);
        System.out.println("Referrals:");
        for (Referral r : referrals.referrals(caller, id)) {
            System.out.println("  #" + r.id() + " " + r.kind() + " to " + names.office(r.toOfficeId()) + " for " + r.purpose()
                    + ": " + r.status() + (r.deadline() == null ? "" : ", deadline " + r.deadline())
                    + (r.note() == null ? "" : " – " + r.note()));
        }
        return null;
    }
}
