package de.kim.shell.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.Municipality;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "municipalities", description = "List the municipalities of the district")
public final class MunicipalitiesCommand implements Action {
    @Reference
    DirectoryService directory;

    @Option(name = "--kim-only", description = "Only municipalities that take part in KIM")
    boolean kimOnly;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("AGS");
        table.column("Name");
        table.column("Population").alignRight();
        table.column("As of");
        table.column("KIM");
        for (Municipality m : directory.municipalities(kimOnly)) {
            table.addRow().addContent(m.ags(), m.name(), m.population(), m.populationDate(),
                    m.kimParticipant() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
