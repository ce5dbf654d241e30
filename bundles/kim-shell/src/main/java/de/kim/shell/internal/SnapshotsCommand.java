package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.steering.MonitoringSnapshot;
import de.kim.api.steering.SteeringService;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "snapshots", description = "Monitoring snapshots (the published figures per year);"
        + " --take YEAR computes and keeps one now")
public final class SnapshotsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    SteeringService steering;

    @Option(name = "--take", description = "take the snapshot of this year now (coordination)")
    Integer take;

    @Override
    public Object execute() {
        if (take != null) {
            MonitoringSnapshot s = steering.takeSnapshot(ConsoleCaller.of(callers), take);
            System.out.println("Snapshot " + s.id() + " of " + s.period() + " taken: " + s.figures().size()
                    + " indicators, SHA-256 " + s.sha256());
        }
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Id", "Period", "Taken at", "By", "Indicators", "SHA-256"}) {
            t.column(c);
        }
        for (MonitoringSnapshot s : steering.snapshots(ConsoleCaller.of(callers), null)) {
            t.addRow().addContent(s.id(), s.period(), s.takenAt(), s.takenBy(), s.figures().size(),
                    s.sha256().substring(0, 16) + "…");
        }
        t.print(System.out);
        return null;
    }
}
