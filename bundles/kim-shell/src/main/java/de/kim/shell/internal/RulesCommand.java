package de.kim.shell.internal;

import de.kim.api.TransitionRuleService;
import de.kim.api.model.TransitionRuleSet;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "rules",
        description = "Show the Rechtskreiswechsel and deadline rules in force and whether the rules file was refused")
public final class RulesCommand implements Action {
    @Reference
    TransitionRuleService rules;

    @Override
    public Object execute() {
        TransitionRuleSet set = rules.rules();
        System.out.println("Rules file: " + set.file() + (set.loadedAt() == null ? " (nothing loaded)"
                : ", loaded " + set.loadedAt()));
        if (set.lastError() != null) {
            System.out.println("Last change REFUSED, the rules below stay in force: " + set.lastError());
        }
        ShellTable table = new ShellTable();
        table.column("Rule");
        table.column("Titles");
        table.column("Change");
        table.column("Valid");
        for (TransitionRuleSet.Transition t : set.transitions()) {
            table.addRow().addContent(t.id(), t.titles(), t.from().displayName() + " → " + t.to().displayName(),
                    t.validFrom() + " – " + (t.validTo() == null ? "" : t.validTo()));
        }
        table.print(System.out);
        for (TransitionRuleSet.Deadline d : set.deadlines()) {
            System.out.println("Deadline " + d.id() + " (age " + d.age() + "): " + d.title());
        }
        return null;
    }
}
