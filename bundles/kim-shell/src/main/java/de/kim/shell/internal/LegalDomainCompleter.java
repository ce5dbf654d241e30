package de.kim.shell.internal;

import de.kim.api.model.LegalDomain;
import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
public final class LegalDomainCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(LegalDomain.values()).map(LegalDomain::code).toList())
                .complete(session, commandLine, candidates);
    }
}
