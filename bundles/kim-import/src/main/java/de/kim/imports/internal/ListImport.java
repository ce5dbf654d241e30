package de.kim.imports.internal;

import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.DirectoryService;
import de.kim.api.KimException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.connect.ClientImport;
import de.kim.api.connect.ExternalKeys;
import de.kim.api.connect.ImportJob;
import de.kim.api.connect.ImportMapping;
import de.kim.api.connect.ImportResult;
import de.kim.api.connect.RowError;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.Municipality;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports client lists through the core's services, as the calling case manager (every client is
 * created, checked and audited like one entered by hand). A real run commits a batch of rows with their
 * external keys in one transaction; a batch that fails is repeated row by row, so that one bad row costs
 * only itself. A dry run tries every row in a transaction that is rolled back.
 */
@Component(service = ClientImport.class, configurationPid = "de.kim.import")
@Designate(ocd = ListImport.Config.class)
public final class ListImport implements ClientImport {
    private static final Logger LOG = LoggerFactory.getLogger(ListImport.class);
    private static final int LISTED_ERRORS = 1000;
    private static final int KEPT_JOBS = 100;

    @ObjectClassDefinition(name = "KIM import", description = "Import of client lists")
    public @interface Config {
        @AttributeDefinition(description = "Rows committed together")
        int batch_size() default 250;

        @AttributeDefinition(description = "Batches written at the same time (more than one: batches may deadlock "
                + "each other; on Derby such a batch once left an XA branch no one could end, holding its locks)")
        int threads() default 1;

        @AttributeDefinition(description = "Seconds a batch's transaction may take; the database ends a branch it "
                + "still holds after that, with its locks")
        int batch_timeout_seconds() default 30;
    }

    private final ClientService clients;
    private final CaseService cases;
    private final DirectoryService directory;
    private final ExternalKeys keys;
    private final AuditTrail audit;
    private final Batches batches;
    private final int batchSize;
    private final int threads;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kim-import");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ListImport(Config config, @Reference ClientService clients, @Reference CaseService cases,
            @Reference DirectoryService directory, @Reference ExternalKeys keys, @Reference AuditTrail audit,
            @Reference TransactionManager transactions) {
        this.clients = clients;
        this.cases = cases;
        this.directory = directory;
        this.keys = keys;
        this.audit = audit;
        this.batches = new Batches(transactions, Math.max(1, config.batch_timeout_seconds()));
        this.batchSize = Math.max(1, config.batch_size());
        this.threads = Math.max(1, Math.min(8, config.threads()));
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }

    @Override
    public ImportMapping mapping(byte[] json) {
        return MappingFile.parse(json);
    }

    @Override
    public ImportResult run(Caller caller, String fileName, byte[] content, ImportMapping mapping, boolean dryRun,
            Progress progress) {
        allowed(caller);
        MappingFile.check(mapping);
        ListFile file = ListFile.read(fileName, content, mapping.separator());
        Set<String> ags = directory.municipalities(false).stream().map(Municipality::ags).collect(Collectors.toSet());
        ClientRows reader = new ClientRows(mapping, caller, ags, LocalDate.now());
        List<String> missing = reader.missingColumns(file.headings());
        if (!missing.isEmpty()) {
            throw new ValidationException(List.of(new Violation("file", "the list lacks the column(s) "
                    + String.join(", ", missing) + " of the mapping; its headings: " + String.join(", ",
                            file.headings()))));
        }
        Set<String> imported = keys.keys(caller, mapping.source());
        List<RowError> errors = new ArrayList<>();
        List<ClientRows.Candidate> candidates = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        long unchanged = 0;
        for (ListFile.Row row : file.rows()) {
            var candidate = reader.read(row, errors);
            if (candidate.isEmpty()) {
                continue;
            }
            String key = candidate.get().key();
            Long earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                errors.add(new RowError(row.line(), mapping.key(), key, "the key appears again (first in line "
                        + earlier + ")"));
            } else if (imported.contains(key)) {
                unchanged++;
            } else {
                candidates.add(candidate.get());
            }
        }
        long total = file.rows().size();
        AtomicLong done = new AtomicLong(total - candidates.size());
        progress.at(done.get(), total);
        long[] created = new long[2];
        List<RowError> found = java.util.Collections.synchronizedList(errors);
        // a batch that lost a deadlock to another batch beside it once left an XA branch that neither Derby nor the
        // transaction manager could end ("No current connection"), holding its locks until the transaction timeout
        // and stalling the next search (seen in CI); one after the other (threads = 1, the default, and always in
        // a dry run), no batch waits for another's locks
        ExecutorService workers = Executors.newFixedThreadPool(dryRun ? 1 : threads, r -> {
            Thread thread = new Thread(r, "kim-import-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += batchSize) {
                List<ClientRows.Candidate> batch = candidates.subList(from, Math.min(candidates.size(), from + batchSize));
                pending.add(workers.submit(() -> {
                    long[] inBatch = new long[2];
                    if (dryRun) {
                        tryBatch(caller, mapping, batch, found, inBatch);
                    } else {
                        commitBatch(caller, mapping, batch, found, inBatch);
                    }
                    synchronized (created) {
                        add(created, inBatch);
                        progress.at(done.addAndGet(batch.size()), total);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        ImportResult result = new ImportResult(mapping.source(), dryRun, sha256(content), total, created[0], created[1],
                unchanged, errors.size() > LISTED_ERRORS ? errors.subList(0, LISTED_ERRORS) : errors, errors.size());
        audit.administered(caller, dryRun ? "import.clients.dry-run" : "import.clients", "list " + mapping.source()
                + " (" + fileName + ", sha256 " + result.sha256() + "): " + total + " rows, " + created[0]
                + " clients, " + created[1] + " cases, " + unchanged + " unchanged, " + errors.size() + " errors");
        return result;
    }

    /** A batch committed as a whole, or if the core refuses a row of it, row by row. */
    private void commitBatch(Caller caller, ImportMapping mapping, List<ClientRows.Candidate> batch,
            List<RowError> errors, long[] created) {
        try {
            long[] inBatch = new long[2];
            batches.run(true, () -> {
                for (ClientRows.Candidate c : batch) {
                    add(inBatch, write(caller, mapping, c));
                }
                return null;
            });
            add(created, inBatch);
        } catch (RuntimeException e) {
            unexpected("Import batch failed; repeated row by row", e);
            for (ClientRows.Candidate c : batch) {
                tryRow(caller, mapping, c, errors, created);
            }
        }
    }

    /**
     * A dry run of a batch: written in a transaction that is rolled back; a row the core refuses is
     * recorded, and the rows after it are tried in a new transaction.
     */
    private void tryBatch(Caller caller, ImportMapping mapping, List<ClientRows.Candidate> batch, List<RowError> errors,
            long[] created) {
        int[] next = {0};
        int conflicts = 0;
        while (next[0] < batch.size()) {
            long[] inBatch = new long[2];
            int first = next[0];
            try {
                batches.run(false, () -> {
                    for (; next[0] < batch.size(); next[0]++) {
                        add(inBatch, write(caller, mapping, batch.get(next[0])));
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                if (LockConflict.retried(e) && ++conflicts < LockConflict.ATTEMPTS) {
                    unexpected("Dry-run batch failed; tried again", e);
                    next[0] = first;
                    continue;
                }
                refused(batch.get(next[0]), e, errors);
                next[0]++;
            }
            add(created, inBatch);
        }
    }

    /** One row in a transaction of its own, committed (again after a lock conflict); a refusal becomes its error. */
    private void tryRow(Caller caller, ImportMapping mapping, ClientRows.Candidate c, List<RowError> errors,
            long[] created) {
        for (int attempt = 1;; attempt++) {
            try {
                add(created, batches.run(true, () -> write(caller, mapping, c)));
                return;
            } catch (RuntimeException e) {
                if (!LockConflict.retried(e) || attempt == LockConflict.ATTEMPTS) {
                    refused(c, e, errors);
                    return;
                }
            }
        }
    }

    /**
     * A refused row or a lock conflict is routine (debug); any other failure of a batch, a lost connection above
     * all, is logged with its stack trace.
     */
    private static void unexpected(String what, RuntimeException e) {
        if (e instanceof de.kim.api.KimException || LockConflict.is(e) && !LockConflict.lostConnection(e)) {
            LOG.debug("{} ({})", what, e.toString());
        } else {
            LOG.warn("{}: {}", what, e.toString(), e);
        }
    }

    private static void refused(ClientRows.Candidate c, RuntimeException e, List<RowError> errors) {
        if (e instanceof ValidationException v) {
            for (Violation violation : v.violations()) {
                errors.add(new RowError(c.line(), violation.field(), null, violation.message()));
            }
        } else if (e instanceof KimException) {
            errors.add(new RowError(c.line(), null, null, e.getMessage()));
        } else {
            // not the row's fault as far as anyone knows: the operator finds the stack trace in the log
            LOG.warn("Import row {} failed unexpectedly", c.line(), e);
            errors.add(new RowError(c.line(), null, null, "not imported: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    private static void add(long[] sum, long[] more) {
        sum[0] += more[0];
        sum[1] += more[1];
    }

    /** Creates the client, its case if the row has one, and records the key: clients and cases created. */
    private long[] write(Caller caller, ImportMapping mapping, ClientRows.Candidate c) {
        Client client = clients.createClient(caller, c.client());
        Long caseId = null;
        if (c.kimCase() != null) {
            Case k = c.kimCase();
            caseId = cases.openCase(caller, new Case(null, client.id(), k.ownerMunicipality(), k.caseManager(),
                    k.targetGroup(), null, null, k.openedOn(), null, null, null, null, null, null)).id();
        }
        keys.record(caller, mapping.source(), c.key(), client.id(), caseId);
        return new long[] {1, caseId == null ? 0 : 1};
    }

    @Override
    public ImportJob start(Caller caller, String fileName, byte[] content, ImportMapping mapping, boolean dryRun) {
        allowed(caller);
        MappingFile.check(mapping);
        Job job = new Job(UUID.randomUUID().toString(), caller.user(), fileName, dryRun, Instant.now());
        forgetOldJobs();
        jobs.put(job.id, job);
        background.execute(() -> {
            try {
                job.finish(run(caller, fileName, content, mapping, dryRun, job::at), null);
            } catch (RuntimeException e) {
                job.finish(null, e instanceof ValidationException v ? v.violations().stream()
                        .map(x -> x.field() + ": " + x.message()).collect(Collectors.joining("; ")) : e.getMessage());
                if (!(e instanceof KimException)) {
                    LOG.warn("Import job {} failed", job.id, e);
                }
            }
        });
        return job.view();
    }

    @Override
    public ImportJob job(Caller caller, String id) {
        allowed(caller);
        Job job = jobs.get(id);
        if (job == null || !job.user.equals(caller.user())) {
            throw new NotFoundException("import job " + id);
        }
        return job.view();
    }

    @Override
    public List<ImportJob> jobs(Caller caller) {
        allowed(caller);
        return jobs.values().stream().filter(j -> j.user.equals(caller.user()))
                .sorted((a, b) -> b.started.compareTo(a.started)).map(Job::view).toList();
    }

    /** Keeps the last {@value #KEPT_JOBS} jobs that ended; a running job is never forgotten. */
    private void forgetOldJobs() {
        List<Job> ended = jobs.values().stream().filter(j -> j.finished != null)
                .sorted((a, b) -> b.started.compareTo(a.started)).toList();
        ended.stream().skip(KEPT_JOBS).forEach(j -> jobs.remove(j.id));
    }

    private static void allowed(Caller caller) {
        if (caller == null || !caller.has(Role.CASE_MANAGER) && !caller.has(Role.SYSTEM)) {
            throw new ForbiddenException("only case managers import clients (into their own municipality)");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A background import's state. */
    private static final class Job {
        final String id;
        final String user;
        final String fileName;
        final boolean dryRun;
        final Instant started;
        volatile long done;
        volatile long total;
        volatile Instant finished;
        volatile ImportResult result;
        volatile String problem;

        Job(String id, String user, String fileName, boolean dryRun, Instant started) {
            this.id = id;
            this.user = user;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.started = started;
        }

        void at(long doneRows, long totalRows) {
            done = doneRows;
            total = totalRows;
        }

        void finish(ImportResult outcome, String why) {
            result = outcome;
            problem = why;
            finished = Instant.now();
        }

        ImportJob view() {
            ImportJob.State state = finished == null ? ImportJob.State.RUNNING
                    : result != null ? ImportJob.State.DONE : ImportJob.State.FAILED;
            return new ImportJob(id, user, fileName, dryRun, state, done, total, started, finished, result, problem);
        }
    }
}
