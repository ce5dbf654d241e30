package de.kim.api.operations;

import de.kim.api.access.Caller;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Online backups of the platform's database while it serves (Derby: {@code SYSCS_BACKUP_DATABASE};
 * PostgreSQL: {@code pg_dump}, see README), each in its own folder with a manifest of every file, its
 * size and SHA-256. Backups are taken on request and on the configured schedule, which keeps the
 * newest N. Administrators only; every backup is audited. Restoring is an offline step
 * ({@code bin/kim-restore}).
 */
@ProviderType
public interface Backups {

    /**
     * Takes a backup now.
     *
     * @param target   the folder to write the backup folder into; null: the configured one
     * @param progress told the bytes written so far, now and then
     * @throws de.kim.api.access.ForbiddenException if the caller is no administrator
     */
    BackupManifest backup(Caller caller, Path target, LongConsumer progress);

    /** The backups in the configured folder, newest first. */
    List<BackupManifest> list(Caller caller);
}
