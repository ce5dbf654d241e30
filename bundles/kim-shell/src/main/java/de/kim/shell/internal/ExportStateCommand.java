package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.connect.StateExport;
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
@Command(scope = "kim", name = "export-state", description = "Export a year's figures for the state's KIM database"
        + " (JSON or CSV, suppressed) to data/exports; recorded with its SHA-256")
public final class ExportStateCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    StateExport export;

    @Option(name = "--period", description = "the year, default the last year")
    Integer period;

    @Option(name = "--format", description = "json (default) or csv")
    String format = "json";

    @Override
    public Object execute() {
        StateExport.Format f;
        try {
            f = StateExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format is json or csv, not " + format, e);
        }
        StateExport.File file = export.export(ConsoleCaller.of(callers), period == null ? LocalDate.now().getYear() - 1
                : period, f);
        Path target = Paths.get(System.getProperty("karaf.data", "data"), "exports", file.record().fileName());
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + target + ": " + e.getMessage(), e);
        }
        System.out.println("State export " + file.record().id() + " written: " + target.toAbsolutePath() + " ("
                + file.record().cells() + " figures, " + file.record().suppressed() + " suppressed, SHA-256 "
                + file.record().sha256() + ")");
        return null;
    }
}
