package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.RetentionService;
import de.kim.api.access.Callers;
import de.kim.api.model.RetentionReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "retention-run",
        description = "Delete the case files whose retention period has passed (administrator, data-protection officer)")
public final class RetentionRunCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    RetentionService retention;

    @Option(name = "--dry-run", description = "Only show what would be deleted, by rule")
    boolean dryRun;

    @Override
    public Object execute() {
        RetentionReport report = retention.run(ConsoleCaller.of(callers), dryRun);
        ShellTable table = new ShellTable();
        table.column("Record");
        table.column("Client");
        table.column("Case");
        table.column("Rule");
        table.column("Kept until");
        report.deleted().forEach(d -> table.addRow().addContent(d.record(), d.clientId(), d.caseId(), d.rule(),
                d.expired()));
        table.print(System.out);
        System.out.println((dryRun ? "Would delete " : "Deleted ") + report.deleted().size() + " records"
                + (report.held().isEmpty() ? "" : "; kept on legal hold: cases " + report.held()));
        return null;
    }
}
