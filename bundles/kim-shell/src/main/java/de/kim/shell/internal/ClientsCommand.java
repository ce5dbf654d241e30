package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.ClientService;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.Page;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "clients", description = "Search clients by name (case, accents and umlauts ignored)")
public final class ClientsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    ClientService clients;

    @Argument(index = 0, name = "query", required = false, multiValued = true,
            description = "Words that each begin a part of the name, e.g. muller")
    java.util.List<String> words;

    @Option(name = "--page", description = "Page number from 0")
    int page;

    @Option(name = "--size", description = "Page size (1-200)")
    int size = 20;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        String query = words == null ? null : String.join(" ", words);
        Page<Client> result = clients.searchClients(caller, new ClientQuery(query, null, null, page, size));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Born");
        table.column("Nationality");
        table.column("Municipality");
        for (Client c : result.items()) {
            table.addRow().addContent(c.id(), c.familyName() + (c.givenNames() == null ? "" : ", " + c.givenNames()),
                    c.dateOfBirth(), c.nationality(), c.municipality());
        }
        table.print(System.out);
        System.out.println(result.total() + " found; page " + result.page() + " of size " + result.size());
        return null;
    }
}
