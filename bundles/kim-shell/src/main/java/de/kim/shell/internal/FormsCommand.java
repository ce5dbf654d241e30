package de.kim.shell.internal;

import de.kim.api.FormService;
import de.kim.api.model.FormDefinition;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "forms", description = "List the forms in use (and those whose bundle stopped)")
public final class FormsCommand implements Action {
    @Reference
    FormService forms;

    @Option(name = "--all", description = "Also forms no longer in use")
    boolean all;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Form");
        table.column("Version");
        table.column("Label");
        table.column("Fields").alignRight();
        table.column("Bundle");
        table.column("In use");
        for (FormDefinition f : forms.forms(all)) {
            table.addRow().addContent(f.id(), f.version(), f.label().get("de"), f.layout().size(),
                    f.provenance().bundle() + " " + f.provenance().bundleVersion(), f.active() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
