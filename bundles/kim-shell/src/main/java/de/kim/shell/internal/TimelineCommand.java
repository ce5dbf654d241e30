package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.TimelineService;
import de.kim.api.model.ChecklistItem;
import de.kim.api.model.ClientTask;
import de.kim.api.model.Occupation;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.Timeline;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "timeline",
        description = "Show a client's residence statuses, legal-domain periods, planned changes and deadlines")
public final class TimelineCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    TimelineService timelines;

    @Reference(optional = true)
    de.kim.api.DirectoryService directory;

    @Argument(index = 0, name = "clientId", required = true, description = "Client id, e.g. K-7QF3M2XA")
    String clientId;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        print(timelines.timeline(caller, clientId), new DirectoryNames(directory));
        return null;
    }

    static void print(Timeline t, DirectoryNames names) {
        System.out.println("Residence statuses:");
        for (ResidenceStatus s : t.residenceStatuses()) {
            System.out.println("  " + s.validFrom() + " – " + (s.validTo() == null ? "      open" : s.validTo())
                    + "  " + s.title().displayName());
        }
        System.out.println("Legal domains:");
        for (LegalDomainPeriod p : t.periods()) {
            System.out.println("  " + p.from() + " – " + (p.to() == null ? "      open" : p.to()) + "  "
                    + p.domain().displayName() + (p.officeId() == null ? "" : " (" + names.office(p.officeId()) + ")")
                    + (p.continuedUntil() == null ? "" : ", continued under §41 SGB VIII until " + p.continuedUntil()));
        }
        System.out.println("Planned changes:");
        for (PlannedTransition c : t.plannedTransitions()) {
            System.out.println("  " + c.effectiveDate() + "  " + c.from().displayName() + " → " + c.to().displayName()
                    + "  [" + c.status() + "] receiving office " + names.office(c.receivingOfficeId()) + ", deadline " + c.deadline()
                    + (c.deadlineMoved() ? " (moved to the day of the change)" : "")
                    + (c.referralId() == null ? "" : ", referral #" + c.referralId())
                    + (c.note() == null ? "" : " – " + c.note())
                    + (c.legalBasis() == null ? "" : System.lineSeparator() + "      derived under " + c.legalBasis()));
        }
        System.out.println("Deadlines:");
        for (ClientTask task : t.tasks()) {
            System.out.println("  " + task.due() + "  " + task.title() + (task.done() ? " [done]" : ""));
            for (ChecklistItem item : task.checklist()) {
                System.out.printf("      %-9s %s – %s%n", item.state(), item.label(), item.detail());
            }
        }
        System.out.println("School, training, employment:");
        for (Occupation o : t.occupations()) {
            System.out.println("  " + o.from() + " – " + (o.to() == null ? "      open" : o.to()) + "  "
                    + o.kind().displayName() + (o.description() == null ? "" : ": " + o.description())
                    + (Boolean.TRUE.equals(o.involuntaryEnd()) ? " (unfreiwillig beendet)" : ""));
        }
    }
}
