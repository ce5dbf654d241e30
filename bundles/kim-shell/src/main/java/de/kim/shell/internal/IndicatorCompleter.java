package de.kim.shell.internal;

import de.kim.api.IndicatorService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes indicator ids. */
@Service
public final class IndicatorCompleter implements Completer {
    @Reference
    IndicatorService indicators;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        indicators.indicators().forEach(i -> ids.getStrings().add(i.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
