package de.kim.shell.internal;

import de.kim.api.ExtensionService;
import de.kim.api.model.Extension;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "extensions",
        description = "List extension bundles: state, what they contributed and which files were refused")
public final class ExtensionsCommand implements Action {
    @Reference
    ExtensionService extensions;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Bundle").alignRight();
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Data it may touch");
        table.column("Contributed");
        for (Extension e : extensions.extensions()) {
            table.addRow().addContent(e.bundleId(), e.bundle(), e.bundleVersion(), e.state(),
                    e.dataCategories().isEmpty() ? "none" : e.dataCategories().stream().map(Enum::name).sorted()
                            .map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    String.join(", ", e.contributions()));
        }
        table.print(System.out);
        for (Extension e : extensions.extensions()) {
            for (String error : e.errors()) {
                System.out.println("ERROR " + e.bundle() + ": " + error);
            }
        }
        return null;
    }
}
