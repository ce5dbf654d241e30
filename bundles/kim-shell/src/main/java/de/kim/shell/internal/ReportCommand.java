package de.kim.shell.internal;

import de.kim.api.KimException;
import de.kim.api.access.Callers;
import de.kim.api.steering.EvaluationReport;
import de.kim.shell.ConsoleCaller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "report", description = "Write the evaluation report of a year (PDF or HTML) with"
        + " charts; coordination and steering group only")
public final class ReportCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    EvaluationReport report;

    @Option(name = "--period", description = "the year, default the last year")
    Integer period;

    @Option(name = "--format", description = "pdf (default) or html")
    String format = "pdf";

    @Option(name = "--to", description = "file name under ${karaf.data}/reports; default KIM-Evaluationsbericht-YEAR.pdf")
    String to;

    @Override
    public Object execute() {
        int year = period == null ? LocalDate.now().getYear() - 1 : period;
        if (year > LocalDate.now().getYear() || year < 2000) {
            throw new IllegalArgumentException("--period " + year + ": a year from 2000 to " + LocalDate.now().getYear()
                    + " (a report of a year not yet begun would show nothing but the present)");
        }
        EvaluationReport.Format f;
        try {
            f = EvaluationReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format is pdf or html, not " + format, e);
        }
        if (to != null && (!to.matches("[A-Za-z0-9._-]+") || to.startsWith("."))) {
            throw new IllegalArgumentException("--to takes a file name (letters, digits, . _ -); reports are written"
                    + " to data/reports");
        }
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "reports", to != null ? to
                : "KIM-Evaluationsbericht-" + year + "." + f.name().toLowerCase(Locale.ROOT));
        try {
            byte[] bytes = report.render(ConsoleCaller.of(callers), year, f, (share, what) -> System.out.printf(
                    "\r  [%-30s] %3d %% %-60s", "#".repeat((int) Math.round(share * 30)), Math.round(share * 100),
                    what.length() > 60 ? what.substring(0, 60) : what));
            System.out.println();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, bytes);
            System.out.println("Evaluation report " + year + " written: " + file.toAbsolutePath() + " (" + bytes.length
                    + " bytes)");
        } catch (KimException e) {
            System.out.println();
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file + ": " + e.getMessage(), e);
        }
        return null;
    }
}
