package de.kim.shell.internal;

import de.kim.api.RuleSetReview;
import de.kim.api.TransitionRuleService;
import de.kim.api.access.Callers;
import de.kim.api.model.OfferedRuleSet;
import de.kim.api.model.RuleSetDiff;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Option;
import de.kim.api.model.TransitionRuleSet;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "rules",
        description = "Show the Rechtskreiswechsel and deadline rules in force with their sources and whether the rules"
                + " file was refused; --offered lists rule sets that extension bundles offer, --diff NAME shows what one"
                + " would change for the existing timelines (dry run), --activate NAME puts it in force")
public final class RulesCommand implements Action {
    @Reference
    TransitionRuleService rules;

    @Reference
    RuleSetReview review;

    @Reference
    Callers callers;

    @Option(name = "--offered", description = "list the rule sets offered by deployed extension bundles")
    boolean offered;

    @Option(name = "--diff", description = "dry run of the offered rule set NAME over every timeline")
    String diff;

    @Option(name = "--activate", description = "put the offered rule set NAME in force (administrators)")
    String activate;

    @Override
    public Object execute() {
        if (offered) {
            return listOffered();
        }
        if (diff != null) {
            return showDiff(review.diff(ConsoleCaller.of(callers), diff));
        }
        if (activate != null) {
            review.activate(ConsoleCaller.of(callers), activate);
            System.out.println("Rule set \"" + activate + "\" is in force; the rules file before is kept beside it.");
        }
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
        table.column("Law in force");
        table.column("Source");
        for (TransitionRuleSet.Transition t : set.transitions()) {
            table.addRow().addContent(t.id(), t.titles().isEmpty() ? "" : t.titles(), t.from().displayName() + " → "
                    + t.to().displayName(), t.validFrom() + " – " + (t.validTo() == null ? "" : t.validTo()),
                    t.source() == null ? "" : t.source().citation());
        }
        table.print(System.out);
        for (TransitionRuleSet.Deadline d : set.deadlines()) {
            System.out.println("Deadline " + d.id() + " (age " + d.age() + "): " + d.title()
                    + (d.source() == null ? "" : " — " + d.source().citation()));
        }
        for (TransitionRuleSet.Law l : set.laws()) {
            System.out.println("Law " + l.id() + ": " + (l.inForceFrom() == null ? "NOT IN FORCE" : "in force from "
                    + l.inForceFrom()) + " — " + l.status());
            System.out.println("  rules waiting for it: " + l.waiting() + "; rules ending with it: " + l.ending());
        }
        for (TransitionRuleSet.Grant g : set.grants()) {
            System.out.println("Grant " + g.id() + " (" + g.title().name() + "): " + (g.grantedUntil() == null ? ""
                    : "granted until " + g.grantedUntil() + " ") + (g.maxMonths() == null ? "" : "for at most "
                    + g.maxMonths() + " months ") + "— " + g.source().citation());
        }
        return null;
    }

    private Object listOffered() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Name", "Bundle", "Version", "Rules", "Problems"}) {
            table.column(c);
        }
        for (OfferedRuleSet o : review.offered(ConsoleCaller.of(callers))) {
            table.addRow().addContent(o.name(), o.bundle(), o.bundleVersion(), o.transitions() + " transitions, "
                    + o.deadlines() + " deadlines, " + o.grants() + " grants", String.join("; ", o.problems()));
        }
        table.print(System.out);
        return null;
    }

    private static Object showDiff(RuleSetDiff d) {
        System.out.println("Dry run of \"" + d.name() + "\" as of " + d.asOf() + " over " + d.clientsChecked()
                + " timelines: nothing is changed.");
        System.out.println("Rules added: " + d.rulesAdded() + "; removed: " + d.rulesRemoved() + "; changed: "
                + d.rulesChanged());
        System.out.println(d.clientsAffected() + " clients would be judged differently"
                + (d.clients().isEmpty() && d.clientsAffected() > 0 ? " (not listed for this role)" : ":"));
        for (RuleSetDiff.Client c : d.clients()) {
            System.out.println("Client " + c.clientId() + " in " + c.municipality());
            c.before().stream().filter(l -> !c.after().contains(l)).forEach(l -> System.out.println("  - " + l));
            c.after().stream().filter(l -> !c.before().contains(l)).forEach(l -> System.out.println("  + " + l));
        }
        return null;
    }
}
