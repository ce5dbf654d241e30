package de.kim.api.operations;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, as written to {@code manifest.json} in its folder.
 *
 * @param name          the backup folder's name, e.g. {@code kim-backup-20261130-051200}
 * @param location      the backup folder
 * @param createdAt     when the backup started
 * @param durationMillis how long it took
 * @param platformVersion the version of the platform that took it
 * @param database      the database backed up (JDBC URL without attributes)
 * @param sizeBytes     bytes of all files
 * @param sha256        SHA-256 over the file list (path, size and SHA-256 of each file, one line each)
 * @param files         every file of the backup
 */
public record BackupManifest(String name, String location, Instant createdAt, long durationMillis,
        String platformVersion, String database, long sizeBytes, String sha256, List<BackupFile> files) {

    /** One file of a backup, its path relative to the backup folder. */
    public record BackupFile(String path, long size, String sha256) {
    }
}
