package de.kim.core.internal.operations;

import de.kim.api.KimException;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.operations.BackupManifest;
import de.kim.api.operations.Backups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
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
 * Online backups of the embedded Derby database: Derby copies a consistent state of the database
 * while transactions go on ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), this service watches the copy
 * grow for progress, then writes the manifest ({@link BackupFolder}). Scheduled backups keep the
 * newest {@code retention.copies}; folders without a manifest (a backup that failed half-way) are
 * removed at once and never counted.
 */
@Component(service = Backups.class, configurationPid = "de.kim.backup", immediate = true)
@Designate(ocd = DerbyBackups.Config.class)
public final class DerbyBackups implements Backups {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyBackups.class);
    private static final Set<Role> OPERATORS = EnumSet.of(Role.ADMIN, Role.SYSTEM);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kim-backup-'yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneId.of("Europe/Berlin"));
    private static final Caller SCHEDULE = de.kim.core.internal.access.CallerSeal.system("backup-schedule");

    @ObjectClassDefinition(name = "KIM backups", description = "Online backups of the database")
    public @interface Config {
        @AttributeDefinition(description = "Folder the backups are written to; empty: backups/ in the Karaf home")
        String directory() default "";

        @AttributeDefinition(description = "Minutes between two scheduled backups; 0: no scheduled backups")
        long schedule_interval_minutes() default 1440;

        @AttributeDefinition(description = "Scheduled backups kept (the oldest beyond are deleted)")
        int retention_copies() default 7;

        @AttributeDefinition(description = "Days a backup is kept at most (also one made by hand): an erasure reaches"
                + " the backups when the last backup made before it is deleted")
        int retention_days() default 30;
    }

    private final DataSource data;
    private final AuditTrail audit;
    private final String version;
    private final Path directory;
    private final int copies;
    private final java.time.Duration maxAge;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kim-backup-schedule");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public DerbyBackups(@Reference(target = "(osgi.jndi.service.name=kim)") DataSource data, @Reference AuditTrail audit,
            BundleContext context, Config config) {
        this.data = data;
        this.audit = audit;
        this.version = context.getBundle().getVersion().toString();
        this.directory = config.directory().isBlank()
                ? Paths.get(System.getProperty("karaf.home", "."), "backups") : Paths.get(config.directory());
        this.copies = Math.max(1, config.retention_copies());
        this.maxAge = java.time.Duration.ofDays(Math.max(1, config.retention_days()));
        // the age limit holds also without scheduled backups: checked every hour
        schedule.scheduleWithFixedDelay(() -> BackupFolder.keepNewest(directory, Integer.MAX_VALUE, maxAge), 1, 60,
                TimeUnit.MINUTES);
        long interval = config.schedule_interval_minutes();
        if (interval > 0) {
            schedule.scheduleWithFixedDelay(this::scheduled, interval, interval, TimeUnit.MINUTES);
        }
    }

    @Deactivate
    void stop() {
        schedule.shutdownNow();
    }

    private void scheduled() {
        try {
            BackupManifest manifest = backup(SCHEDULE, null, bytes -> { });
            LOG.info("Scheduled backup {} written ({} bytes)", manifest.location(), manifest.sizeBytes());
            BackupFolder.keepNewest(directory, copies, maxAge);
        } catch (Unsupported e) {
            LOG.info("No scheduled backup: {}", e.getMessage().split(" \\(")[0]);
        } catch (RuntimeException e) {
            LOG.error("The scheduled backup failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public BackupManifest backup(Caller caller, Path target, LongConsumer progress) {
        require(caller);
        Path parent = target == null ? directory : target;
        Instant started = Instant.now();
        Path folder = parent.resolve(NAME.format(started));
        String database;
        try (Connection connection = data.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
                throw new Unsupported("online backup is for the embedded Derby database; this one is " + url.split("[?;]")[0]
                        + " (PostgreSQL: pg_dump, see README \"Running on PostgreSQL\")");
            }
            database = url.split(";")[0];
            Files.createDirectories(folder);
            copy(connection, folder, progress);
        } catch (SQLException | IOException e) {
            BackupFolder.delete(folder);
            throw new IllegalStateException("the backup into " + folder + " failed: " + e.getMessage(), e);
        }
        BackupManifest manifest = BackupFolder.write(folder, started, Instant.now().toEpochMilli() - started.toEpochMilli(),
                version, database);
        audit.administered(caller, "operations.backup", manifest.name() + " " + manifest.sizeBytes() + " bytes sha256 "
                + manifest.sha256());
        return manifest;
    }

    /** Runs Derby's online backup into {@code folder}, telling {@code progress} the bytes copied every half second. */
    private static void copy(Connection connection, Path folder, LongConsumer progress) throws SQLException {
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kim-backup-progress");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(() -> progress.accept(BackupFolder.bytes(folder)), 0, 500, TimeUnit.MILLISECONDS);
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        } finally {
            watch.shutdownNow();
        }
        progress.accept(BackupFolder.bytes(folder));
    }

    @Override
    public List<BackupManifest> list(Caller caller) {
        require(caller);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupManifest> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(directory)) {
            folders.filter(Files::isDirectory).forEach(f -> BackupFolder.read(f).ifPresent(found::add));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(BackupManifest::createdAt).reversed());
        return found;
    }

    private static void require(Caller caller) {
        if (!caller.hasAny(OPERATORS)) {
            throw new ForbiddenException("only administrators take backups");
        }
    }

    /** A backup this database cannot take (not embedded Derby): 400 with the way to do it. */
    static final class Unsupported extends KimException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }

        @Override
        public String title() {
            return "Backup not possible here";
        }
    }
}
