package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.IndicatorService;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorValues;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "indicator",
        description = "Compute an indicator, broken down by a dimension, with small-cell suppression")
public final class IndicatorCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    IndicatorService indicators;

    @Argument(index = 0, name = "id", required = true, description = "Indicator id, e.g. kim.cases.new")
    @Completion(IndicatorCompleter.class)
    String id;

    @Option(name = "--by", description = "municipality, legalDomain, targetGroup, residenceStatus, period, topicArea")
    String by;

    @Option(name = "--period", description = "Restrict to a year, e.g. 2025")
    Integer period;

    /** The console parses options only before arguments; this takes them after the id too. */
    @Argument(index = 1, name = "options", multiValued = true, description = "--by DIM and --period YEAR, also after the id")
    java.util.List<String> trailing;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.of(callers);
        for (int i = 0; trailing != null && i + 1 < trailing.size(); i += 2) {
            switch (trailing.get(i)) {
                case "--by" -> by = trailing.get(i + 1);
                case "--period" -> {
                    if (!trailing.get(i + 1).matches("\\d{4}")) {
                        throw new IllegalArgumentException("--period needs a year such as 2025");
                    }
                    period = Integer.valueOf(trailing.get(i + 1));
                }
                default -> {
                    throw new IllegalArgumentException("unknown option " + trailing.get(i) + "; use --by DIM or --period YEAR");
                }
            }
        }
        if (trailing != null && trailing.size() % 2 == 1) {
            throw new IllegalArgumentException("option " + trailing.get(trailing.size() - 1) + " needs a value");
        }
        IndicatorValues values = indicators.values(caller, id, by == null ? null : Dimension.ofCode(by), period);
        ShellTable table = new ShellTable();
        table.column(by == null ? "" : by);
        table.column("Label");
        table.column("Numerator").alignRight();
        table.column("Denominator").alignRight();
        table.column("Ratio").alignRight();
        for (IndicatorValues.Row r : values.rows()) {
            add(table, r);
        }
        add(table, values.total());
        table.print(System.out);
        System.out.println("* suppressed: fewer than " + values.threshold() + " (or would reveal such a cell)");
        return null;
    }

    private static void add(ShellTable table, IndicatorValues.Row r) {
        table.addRow().addContent(r.key(), r.label(), r.suppressed() ? "*" : r.numerator(),
                r.suppressed() ? "*" : r.denominator() == null ? "" : r.denominator(),
                r.ratio() == null ? "" : String.format("%.1f %%", 100 * r.ratio()));
    }
}
