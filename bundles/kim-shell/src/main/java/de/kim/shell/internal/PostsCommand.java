package de.kim.shell.internal;

import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.steering.Caseload;
import de.kim.api.steering.Post;
import de.kim.api.steering.SteeringService;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "posts", description = "KIM staff posts with placement, and open cases per full-time"
        + " case-manager post (caseload)")
public final class PostsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    SteeringService steering;

    @Option(name = "--all", description = "also posts that ended or begin later")
    boolean all;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        ShellTable posts = new ShellTable();
        for (String c : new String[] {"Id", "Area", "Role", "FTE", "Funding", "Placement", "Holder", "From", "To"}) {
            posts.column(c);
        }
        for (Post p : steering.posts(caller, all)) {
            posts.addRow().addContent(p.id(), p.municipality(), p.role(), p.fte(), p.funding(), p.placement(),
                    p.holder() == null ? "(vacant)" : p.holder(), p.from(), p.to() == null ? "" : p.to());
        }
        posts.print(System.out);
        System.out.println("Caseload (open cases per full-time case-manager post):");
        ShellTable loads = new ShellTable();
        loads.column("Municipality");
        loads.column("Open cases").alignRight();
        loads.column("FTE").alignRight();
        loads.column("Cases per FTE").alignRight();
        for (Caseload l : steering.caseloads(caller)) {
            loads.addRow().addContent(l.name(), l.suppressed() ? "gesperrt" : l.openCases(), l.caseManagerFte(),
                    l.casesPerFte() == null ? (l.suppressed() ? "gesperrt" : "–") : l.casesPerFte());
        }
        loads.print(System.out);
        return null;
    }
}
