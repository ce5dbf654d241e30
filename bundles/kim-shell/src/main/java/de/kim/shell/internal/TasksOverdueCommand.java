package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.ProcedureService;
import de.kim.api.model.CaseTask;
import java.time.LocalDate;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "tasks-overdue", description = "List open procedure tasks whose due date has passed")
public final class TasksOverdueCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    ProcedureService procedures;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        LocalDate today = LocalDate.now();
        ShellTable table = new ShellTable();
        table.column("Due");
        table.column("Days late").alignRight();
        table.column("Case").alignRight();
        table.column("Procedure");
        table.column("Task");
        table.column("Label");
        for (CaseTask t : procedures.overdue(caller, today)) {
            table.addRow().addContent(t.due(), java.time.temporal.ChronoUnit.DAYS.between(t.due(), today), t.caseId(),
                    t.procedureId(), t.task(), t.label().get("de"));
        }
        table.print(System.out);
        return null;
    }
}
