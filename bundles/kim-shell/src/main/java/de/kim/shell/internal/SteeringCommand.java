package de.kim.shell.internal;

import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringService;
import de.kim.shell.ConsoleCaller;
import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "steering", description = "Joint steering: every indicator per municipality (per 1,000"
        + " residents) and its trend, and structural findings by topic and municipality")
public final class SteeringCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    SteeringService steering;

    @Option(name = "--period", description = "the year, default the last year")
    Integer period;

    @Option(name = "--from", description = "first year of the trend, default four years before")
    Integer from;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        int year = period == null ? LocalDate.now().getYear() - 1 : period;
        for (SteeringFigures f : steering.figures(caller, year, from == null ? year - 4 : from)) {
            System.out.println(f.label() + " (" + f.indicatorId() + ")");
            ShellTable t = new ShellTable();
            t.column("Municipality");
            t.column(String.valueOf(year)).alignRight();
            t.column("per 1,000 / share").alignRight();
            for (SteeringFigures.Cell c : f.municipalities()) {
                t.addRow().addContent(c.label(), value(c), c.suppressed() ? "gesperrt"
                        : c.ratio() != null ? String.format("%.1f %%", c.ratio() * 100)
                        : c.per1000() == null ? "" : String.format("%.2f", c.per1000()));
            }
            t.print(System.out);
            System.out.println("  trend: " + String.join("  ", f.trend().stream().map(c -> c.key() + ": " + value(c))
                    .toList()));
        }
        List<FindingCount> findings = steering.findingCounts(caller);
        System.out.println("Structural findings by topic and municipality:");
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Topic", "Municipality", "Open", "Raised", "Resolved"}) {
            t.column(c);
        }
        findings.forEach(f -> t.addRow().addContent(f.topicName(), f.name(), f.open(), f.raised(), f.resolved()));
        t.print(System.out);
        return null;
    }

    private static String value(SteeringFigures.Cell c) {
        return c.suppressed() ? "gesperrt" : c.denominator() != null ? c.numerator() + "/" + c.denominator()
                : String.valueOf(c.numerator());
    }
}
