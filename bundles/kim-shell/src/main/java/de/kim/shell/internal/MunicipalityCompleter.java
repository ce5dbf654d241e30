package de.kim.shell.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.Municipality;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
public final class MunicipalityCompleter implements Completer {
    @Reference
    DirectoryService directory;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(directory.municipalities(false).stream().map(Municipality::ags).toList())
                .complete(session, commandLine, candidates);
    }
}
