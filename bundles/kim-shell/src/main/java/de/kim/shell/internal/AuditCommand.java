package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.access.AuditEntry;
import de.kim.api.access.AuditQuery;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "audit", description = "Show the audit trail of personal data (data-protection officer)")
public final class AuditCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    AuditTrail audit;

    @Option(name = "--client", description = "Only rows about this client")
    String client;

    @Option(name = "--user", description = "Only rows of this user")
    String user;

    @Option(name = "--limit", description = "At most this many rows, newest first (default 100)")
    int limit = 100;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Seal", "At", "User", "Role", "Action", "Client", "Case", "Outcome", "Detail"}) {
            table.column(column);
        }
        for (AuditEntry e : audit.entries(ConsoleCaller.of(callers), new AuditQuery(client, user, null, null, limit))) {
            table.addRow().addContent(e.id(), e.sealed() ? e.seal() : "(unsealed)", e.at(), e.user(), e.role(),
                    e.action(), e.clientId(), e.caseId(), e.outcome(), e.detail());
        }
        table.print(System.out);
        return null;
    }
}
