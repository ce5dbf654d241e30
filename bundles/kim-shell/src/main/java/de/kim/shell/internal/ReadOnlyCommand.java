package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.operations.ReadOnlyMode;
import de.kim.api.operations.ReadOnlyState;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.api.action.Completion;

@Service
@Command(scope = "kim", name = "read-only",
        description = "Show or switch the read-only mode: while on, every change is refused (REST: 503), reads and exports work (administrator)")
public final class ReadOnlyCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    ReadOnlyMode mode;

    @Argument(index = 0, name = "on|off", description = "switch the mode; without: show it")
    @Completion(value = StringsCompleter.class, values = {"on", "off"})
    String onOff;

    @Option(name = "--reason", description = "why (shown in every refusal while on)")
    String reason;

    @Override
    public Object execute() {
        ReadOnlyState state;
        if (onOff == null) {
            state = mode.state();
        } else if ("on".equalsIgnoreCase(onOff) || "off".equalsIgnoreCase(onOff)) {
            state = mode.switchTo(ConsoleCaller.of(callers), "on".equalsIgnoreCase(onOff), reason);
        } else {
            // an error, so the console says it in every mode (batch too) and nothing is switched
            throw new IllegalArgumentException("'" + onOff + "' is neither on nor off; allowed values: on, off");
        }
        System.out.println("Read-only mode: " + (state.readOnly() ? "ON (changes are refused)" : "off")
                + (state.since() == null ? "" : "  since " + state.since() + " by " + state.switchedBy())
                + (state.reason() == null ? "" : "  reason: " + state.reason()));
        return null;
    }
}
