package de.kim.shell.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.OfficeQuery;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "offices", description = "List offices, optionally by legal domain, municipality or kind")
public final class OfficesCommand implements Action {
    @Reference
    DirectoryService directory;

    @Option(name = "--legal-domain", description = "Legal domain code, e.g. SGB2")
    @Completion(LegalDomainCompleter.class)
    String legalDomain;

    @Option(name = "--municipality", description = "AGS of a municipality the office is responsible for")
    @Completion(MunicipalityCompleter.class)
    String municipality;

    @Option(name = "--kind", description = "Office kind code, e.g. ABH")
    String kind;

    @Override
    public Object execute() {
        OfficeQuery query = new OfficeQuery(municipality,
                legalDomain == null ? null : LegalDomain.fromCode(legalDomain),
                kind == null ? null : OfficeKind.fromCode(kind));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Kind");
        table.column("Name");
        table.column("Legal domains");
        table.column("Municipalities").alignRight();
        for (Office o : directory.offices(query)) {
            table.addRow().addContent(o.id(), o.kind(), o.name(),
                    String.join(", ", o.legalDomains().stream().map(LegalDomain::displayName).toList()),
                    o.municipalities().size());
        }
        table.print(System.out);
        return null;
    }
}
