package de.kim.shell.internal;

import de.kim.api.ProcedureService;
import de.kim.api.model.ProcedureDefinition;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "procedures", description = "List the procedures in use and what starts them")
public final class ProceduresCommand implements Action {
    @Reference
    ProcedureService procedures;

    @Option(name = "--all", description = "Also procedures no longer in use")
    boolean all;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Procedure");
        table.column("Version");
        table.column("Label");
        table.column("Starts on");
        table.column("Stages").alignRight();
        table.column("Bundle");
        table.column("In use");
        for (ProcedureDefinition p : procedures.procedures(all)) {
            Object entry = p.definition().get("entry");
            Object stages = p.definition().get("stages");
            table.addRow().addContent(p.id(), p.version(), p.label().get("de"),
                    entry instanceof Map<?, ?> m ? m.get("on") : "", stages instanceof List<?> l ? l.size() : 0,
                    p.provenance().bundle(), p.active() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
