package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.TimelineService;
import de.kim.api.model.ClientTask;
import de.kim.api.model.PlannedTransition;
import java.time.LocalDate;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "transitions-due",
        description = "List planned legal-domain changes and deadlines due within the next days (overdue included)")
public final class TransitionsDueCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    TimelineService timelines;

    @Option(name = "--days", description = "How many days ahead (default 30)")
    int days = 30;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        LocalDate until = LocalDate.now().plusDays(days);
        ShellTable changes = new ShellTable();
        changes.column("Effective");
        changes.column("Client");
        changes.column("Change");
        changes.column("Receiving office").alignRight();
        changes.column("Deadline");
        changes.column("Referral");
        for (PlannedTransition t : timelines.transitionsDue(caller, until)) {
            changes.addRow().addContent(t.effectiveDate(), t.clientId(),
                    t.from().displayName() + " → " + t.to().displayName(), t.receivingOfficeId(), t.deadline(),
                    t.referralId() == null ? "none: " + t.note() : "#" + t.referralId());
        }
        System.out.println("Planned legal-domain changes until " + until + ":");
        changes.print(System.out);
        ShellTable deadlines = new ShellTable();
        deadlines.column("Due");
        deadlines.column("Client");
        deadlines.column("Deadline");
        for (ClientTask task : timelines.tasksDue(caller, until)) {
            deadlines.addRow().addContent(task.due(), task.clientId(), task.title());
        }
        System.out.println("Deadlines whose warning period has begun by " + until + ":");
        deadlines.print(System.out);
        return null;
    }
}
