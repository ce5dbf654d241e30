package de.kim.shell.internal;

import de.kim.api.IndicatorService;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "indicators", description = "List the monitoring indicators")
public final class IndicatorsCommand implements Action {
    @Reference
    IndicatorService indicators;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Indicator");
        table.column("Version");
        table.column("Label");
        table.column("Ratio");
        table.column("By");
        table.column("Bundle");
        for (IndicatorDefinition i : indicators.indicators()) {
            table.addRow().addContent(i.id(), i.version(), i.label().get("de"),
                    i.definition().get("denominator") != null || i.computed() ? "yes" : "count",
                    String.join(",", i.dimensions().stream().map(Dimension::code).toList()),
                    i.provenance().bundle() + (i.computed() ? " (code)" : ""));
        }
        table.print(System.out);
        return null;
    }
}
