package de.kim.core.internal.retention;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleted rows must not linger in the database's files. Derby marks a deleted row and reuses its space only
 * later, so after an erasure or a retention run the tables that held data about persons are rebuilt
 * ({@code SYSCS_UTIL.SYSCS_COMPRESS_TABLE}: copied into new files, the old ones removed) and a checkpoint lets
 * the transaction log be recycled. It runs a few seconds after the last erasure, so that a retention run or a
 * series of erasures is compacted once. PostgreSQL reuses space with VACUUM, which its autovacuum runs (README,
 * "Running on PostgreSQL": VACUUM FULL for the same effect).
 */
@Component(service = FileCompaction.class)
public final class FileCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);
    /** Columns that name a person or a case: the tables with them hold data an erasure deletes. */
    private static final Set<String> PERSON_COLUMNS = Set.of("CLIENT_ID", "CLIENTID", "CASE_ID", "CASEID",
            "INSTANCE_ID", "EVENT_ID");
    /** Tables whose rows an erasure deletes without such a column. */
    private static final Set<String> MORE = Set.of("KIM_CLIENT", "KIM_CASE", "KIM_OUTBOX_EVENT");
    /** Tables kept after an erasure (ids only): never rebuilt for it. */
    private static final Set<String> KEPT = Set.of("KIM_AUDIT", "KIM_AUDIT_CHAIN", "KIM_DELETION");
    static final long DELAY_SECONDS = 3;

    private final DataSource data;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kim-file-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> next;
    private volatile long compactions;

    @Activate
    public FileCompaction(@Reference(target = "(osgi.jndi.service.name=kim)") DataSource data) {
        this.data = data;
    }

    @Deactivate
    void stop() {
        runner.shutdownNow();
    }

    /** Compacts the person tables a few seconds from now (again later if another erasure comes first). */
    public synchronized void afterErasure() {
        if (next != null) {
            next.cancel(false);
        }
        next = runner.schedule(this::compact, DELAY_SECONDS, TimeUnit.SECONDS);
    }

    /** How many compactions ran since the start. */
    public long compactions() {
        return compactions;
    }

    void compact() {
        long started = System.nanoTime();
        try (Connection connection = data.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url == null || !url.startsWith("jdbc:derby:")) {
                return;
            }
            Set<String> tables = personTables(connection.getMetaData());
            for (String table : tables) {
                try (CallableStatement compress = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('APP', ?, 1)")) {
                    compress.setString(1, table);
                    compress.execute();
                }
            }
            try (CallableStatement checkpoint = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) {
                checkpoint.execute();
            }
            compactions++;
            LOG.info("{} tables with data about persons compacted after an erasure ({} ms)", tables.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The tables could not be compacted after an erasure (tried again after the next one): {}",
                    e.toString());
        }
    }

    private static Set<String> personTables(DatabaseMetaData meta) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet columns = meta.getColumns(null, "APP", "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME");
                boolean person = PERSON_COLUMNS.contains(columns.getString("COLUMN_NAME")) || MORE.contains(table);
                if (table.startsWith("KIM_") && person && !KEPT.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
