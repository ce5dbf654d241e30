package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.steering.EnteredNeeds;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.SteeringService;
import de.kim.shell.ConsoleCaller;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "needs", description = "Needs assessment (Bedarfserhebung) of a municipality for a year,"
        + " with the year before (coordination and steering group)")
public final class NeedsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    SteeringService steering;

    @Argument(index = 0, name = "ags", required = true, description = "AGS of the municipality, e.g. 05958044")
    @Completion(MunicipalityCompleter.class)
    String ags;

    @Option(name = "--period", description = "the year, default the last year")
    Integer period;

    @Argument(index = 1, name = "options", multiValued = true, description = "--period YEAR, also after the AGS")
    List<String> trailing;

    @Override
    public Object execute() {
        Map<String, String> options = TrailingOptions.parse(trailing, Set.of("period"));
        int year = TrailingOptions.year("period", options.get("period"),
                period == null ? LocalDate.now().getYear() - 1 : period);
        NeedsAssessment n = steering.needs(ConsoleCaller.of(callers), ags, year);
        System.out.println("Bedarfserhebung " + n.name() + " (" + n.municipality() + ") " + n.period()
                + " – suppressed below " + n.threshold());
        ShellTable table = new ShellTable();
        table.column("Group");
        table.column("Figure");
        table.column(String.valueOf(n.period())).alignRight();
        table.column(String.valueOf(n.period() - 1)).alignRight();
        for (NeedsAssessment.NeedsFigure f : n.derived()) {
            table.addRow().addContent(f.group(), f.label(), f.suppressed() ? "gesperrt" : f.value(),
                    f.previousSuppressed() ? "gesperrt" : f.previous());
        }
        EnteredNeeds e = n.entered();
        EnteredNeeds b = n.previousEntered();
        table.addRow().addContent("ENTERED", "Angekündigte Zuweisungen", show(e.allocationsAnnounced()),
                show(b.allocationsAnnounced()));
        table.addRow().addContent("ENTERED", "Erwartete Familiennachzüge", show(e.familyReunifications()),
                show(b.familyReunifications()));
        table.addRow().addContent("ENTERED", "Integrationskursplätze vor Ort", show(e.languageCoursePlaces()),
                show(b.languageCoursePlaces()));
        table.addRow().addContent("ENTERED", "Fehlende Betreuungsplätze", show(e.childcarePlacesMissing()),
                show(b.childcarePlacesMissing()));
        table.print(System.out);
        if (e.localConditions() != null) {
            System.out.println("Örtliche Bedingungen: " + e.localConditions());
        }
        System.out.println("Zuständig:");
        n.responsibilities().forEach(r -> System.out.println("  " + r.legalDomainName() + ": " + r.officeName()));
        return null;
    }

    private static String show(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
