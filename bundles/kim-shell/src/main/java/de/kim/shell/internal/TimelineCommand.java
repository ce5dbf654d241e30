package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.TimelineService;
import de.kim.api.model.ClientTask;
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

    @Argument(index = 0, name = "clientId", required = true, description = "Client id, e.g. K-7QF3M2XA")
    String clientId;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        print(timelines.timeline(caller, clientId));
        return null;
    }

    static void print(Timeline t) {
        System.out.println("Residence statuses:");
        for (ResidenceStatus s : t.residenceStatuses()) {
            System.out.println("  " + s.validFrom() + " – " + (s.validTo() == null ? "      open" : s.validTo())
                    + "  " + s.title().displayName());
        }
        System.out.println("Legal domains:");
        for (LegalDomainPeriod p : t.periods()) {
            System.out.println("  " + p.from() + " – " + (p.to() == null ? "      open" : p.to()) + "  "
                    + p.domain().displayName() + (p.officeId() == null ? "" : " (office " + p.officeId() + ")"));
        }
        System.out.println("Planned changes:");
        for (PlannedTransition c : t.plannedTransitions()) {
            System.out.println("  " + c.effectiveDate() + "  " + c.from().displayName() + " → " + c.to().displayName()
                    + "  [" + c.status() + "] receiving office " + c.receivingOfficeId() + ", deadline " + c.deadline()
                    + (c.referralId() == null ? "" : ", referral #" + c.referralId())
                    + (c.note() == null ? "" : " – " + c.note()));
        }
        System.out.println("Deadlines:");
        for (ClientTask task : t.tasks()) {
            System.out.println("  " + task.due() + "  " + task.title() + (task.done() ? " [done]" : ""));
        }
    }
}
