package de.kim.bench.commands;

import de.kim.api.ClientService;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.connect.ClientImport;
import de.kim.api.connect.ImportMapping;
import de.kim.api.connect.ImportResult;
import de.kim.api.model.Client;
import de.kim.shell.ConsoleCaller;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.transaction.TransactionManager;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Benchmark: the import of a generated client list (CSV as Excel writes it) next to a yardstick measured in
 * the same run: as many clients created through the client service directly, in transactions of the same
 * size (what an import must do at the least, without reading, mapping and keeping keys).
 */
@Service
@Command(scope = "kim", name = "bench-import", description = "Benchmark the import of a client list against creating"
        + " the same clients directly (adds 2 × --rows clients to your municipality; for test systems only)")
public final class BenchImportCommand implements Action {
    private static final int BATCH = 250;

    @Reference
    Callers callers;

    @Reference
    ClientImport imports;

    @Reference
    ClientService clients;

    @Reference
    TransactionManager transactions;

    @Option(name = "--rows", description = "Rows of the list (default 100,000)")
    int rows = 100_000;

    @Option(name = "--municipality", description = "AGS of the rows (default 05958044, Sundern); in your scope")
    String municipality = "05958044";

    @Override
    public Object execute() throws Exception {
        Caller caller = ConsoleCaller.of(callers);
        String source = "bench-" + System.currentTimeMillis();
        StringBuilder csv = new StringBuilder("Lfd. Nr.;Name;Vorname;Geburtsdatum;Staatsangehörigkeit;Einreise\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(";Bench").append(i).append(";Zeynep;").append(String.format("%02d.%02d.%d", 1 + i % 28,
                    1 + i % 12, 1950 + i % 60)).append(";syrisch;").append(String.format("%02d.%02d.20%02d",
                    1 + i % 28, 1 + i % 12, 15 + i % 10)).append("\r\n");
        }
        byte[] list = csv.toString().getBytes(Charset.forName("windows-1252"));
        ImportMapping mapping = new ImportMapping(source, "Lfd. Nr.", Map.of("Name", "familyName", "Vorname",
                "givenNames", "Geburtsdatum", "dateOfBirth", "Staatsangehörigkeit", "nationality", "Einreise",
                "arrivalDate"), Map.of("nationality", Map.of("syrisch", "SYR")), municipality, null, null);
        System.out.printf("List: %,d rows, %,d bytes (Windows-1252, ;)%n", rows, list.length);

        long t0 = System.nanoTime();
        ImportResult result = imports.run(caller, "bench.csv", list, mapping, false, (done, total) -> {
            if (done % 10_000 == 0 || done == total) {
                System.out.printf("\r  import: %,d of %,d rows", done, total);
            }
        });
        double importMs = (System.nanoTime() - t0) / 1e6;
        System.out.println();
        if (result.imported() != rows) {
            throw new IllegalStateException("the import created " + result.imported() + " of " + rows + " clients: "
                    + result.errors());
        }

        long t1 = System.nanoTime();
        for (int from = 1; from <= rows; from += BATCH) {
            int first = from;
            transactions.begin();
            try {
                for (int i = first; i < Math.min(rows + 1, first + BATCH); i++) {
                    clients.createClient(caller, new Client(null, "Stick" + i, "Zeynep", LocalDate.of(1950 + i % 60,
                            1 + i % 12, 1 + i % 28), "SYR", List.of(), null, null, municipality,
                            LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28), null, null, null));
                }
                transactions.commit();
            } catch (Exception e) {
                transactions.rollback();
                throw e;
            }
        }
        double stickMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf("Import of %,d rows: %,.1f s (%,.0f rows/s); yardstick (the same clients created directly"
                + " in transactions of %d) %,.1f s; ratio %.2f%n", rows, importMs / 1000, rows / (importMs / 1000), BATCH,
                stickMs / 1000, importMs / stickMs);
        System.out.printf("Target: 100,000 rows within 60 s (%s)%n", rows >= 100_000
                ? (importMs <= 60_000 ? "met" : "NOT met") : "not measured: fewer than 100,000 rows");
        return null;
    }
}
