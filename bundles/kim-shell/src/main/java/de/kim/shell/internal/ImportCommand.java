package de.kim.shell.internal;

import de.kim.api.KimException;
import de.kim.api.access.Callers;
import de.kim.api.connect.ClientImport;
import de.kim.api.connect.ImportMapping;
import de.kim.api.connect.ImportResult;
import de.kim.api.connect.RowError;
import de.kim.shell.ConsoleCaller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "import", description = "Import a client list (CSV or XLSX) from the folder imports/"
        + " with a mapping file; --dry-run reports every bad row and writes nothing; a second run skips what is there")
public final class ImportCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    ClientImport imports;

    @Argument(index = 0, name = "kind", required = true, description = "what the list holds: clients (with their"
            + " cases, if the mapping maps case columns)")
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "the list, a path under imports/")
    String file;

    @Argument(index = 2, name = "options", multiValued = true, description = "--mapping M and --dry-run may also"
            + " follow the file")
    java.util.List<String> trailing;

    @Option(name = "--mapping", description = "the mapping file (JSON), a path under imports/")
    String mapping;

    @Option(name = "--dry-run", description = "check every row, write nothing")
    boolean dryRun;

    @Override
    public Object execute() {
        if (!"clients".equals(kind)) {
            throw new IllegalArgumentException("kim:import takes lists of clients: kim:import clients FILE --mapping M");
        }
        for (int i = 0; trailing != null && i < trailing.size(); i++) {
            String option = trailing.get(i);
            if (option.equals("--dry-run")) {
                dryRun = true;
            } else if (option.equals("--mapping") && i + 1 < trailing.size()) {
                mapping = trailing.get(++i);
            } else {
                throw new IllegalArgumentException("unknown option " + option + "; known: --mapping M, --dry-run");
            }
        }
        if (mapping == null) {
            throw new IllegalArgumentException("name the mapping file: --mapping M");
        }
        Path list = inImports(file);
        Path map = inImports(mapping);
        try {
            ImportMapping m = imports.mapping(Files.readAllBytes(map));
            ImportResult r = imports.run(ConsoleCaller.of(callers), list.getFileName().toString(),
                    Files.readAllBytes(list), m, dryRun, (done, total) -> System.out.printf("\r  [%-30s] %3d %% %,d of %,d"
                            + " rows", "#".repeat(total == 0 ? 30 : (int) (done * 30 / total)),
                            total == 0 ? 100 : done * 100 / total, done, total));
            System.out.println();
            for (RowError e : r.errors()) {
                System.out.println("  line " + e.line() + (e.column() == null ? "" : ", " + e.column())
                        + (e.value() == null ? "" : " '" + e.value() + "'") + ": " + e.reason());
            }
            if (r.errorCount() > r.errors().size()) {
                System.out.println("  … and " + (r.errorCount() - r.errors().size()) + " more");
            }
            System.out.println((dryRun ? "Dry run, nothing written: " : "Imported: ") + r.rows() + " rows, "
                    + r.imported() + (dryRun ? " clients would be created, " : " clients created, ") + r.casesOpened()
                    + " cases, " + r.unchanged() + " unchanged (imported before), " + r.errorCount() + " with errors");
        } catch (KimException e) {
            System.out.println();
            throw e;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + e.getMessage(), e);
        }
        return null;
    }

    /** A file under ${karaf.home}/imports: lists are put there, and nothing else on the server can be read. */
    static Path inImports(String name) {
        Path folder = Paths.get(System.getProperty("karaf.home", "."), "imports").toAbsolutePath().normalize();
        Path path = folder.resolve(name).toAbsolutePath().normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException(name + " is not in " + folder + ": put lists and mappings there");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no file " + path);
        }
        return path;
    }
}
