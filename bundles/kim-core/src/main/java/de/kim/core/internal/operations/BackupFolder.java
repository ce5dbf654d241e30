package de.kim.core.internal.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.operations.BackupManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup on disk: its files and their checksums in {@code manifest.json}; a folder without a
 * manifest is no backup. Also written as {@code SHA256SUMS}, so that {@code sha256sum -c} checks a
 * backup without the platform.
 */
final class BackupFolder {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    static final String MANIFEST = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private BackupFolder() {
    }

    static BackupManifest write(Path folder, Instant started, long millis, String version, String database) {
        List<BackupManifest.BackupFile> files = new ArrayList<>();
        long size = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                long bytes = Files.size(file);
                files.add(new BackupManifest.BackupFile(relative, bytes, sha256(file)));
                size += bytes;
            }
            StringBuilder sums = new StringBuilder();
            StringBuilder list = new StringBuilder();
            for (BackupManifest.BackupFile f : files) {
                sums.append(f.sha256()).append("  ").append(f.path()).append('\n');
                list.append(f.path()).append(' ').append(f.size()).append(' ').append(f.sha256()).append('\n');
            }
            BackupManifest manifest = new BackupManifest(folder.getFileName().toString(), folder.toAbsolutePath().toString(),
                    started, millis, version, database, size, hex(digest().digest(list.toString()
                            .getBytes(StandardCharsets.UTF_8))), files);
            Files.writeString(folder.resolve(SUMS), sums);
            JSON.writeValue(folder.resolve(MANIFEST).toFile(), manifest);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("the manifest of " + folder + " cannot be written", e);
        }
    }

    static Optional<BackupManifest> read(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(manifest.toFile(), BackupManifest.class));
        } catch (IOException e) {
            LOG.warn("Backup {} has an unreadable manifest: {}", folder, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Deletes the oldest backups in {@code directory} beyond {@code copies}, every backup older than {@code maxAge},
     * and any folder of a failed backup.
     */
    static void keepNewest(Path directory, int copies, java.time.Duration maxAge) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            List<Path> backups = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> f.getFileName().toString()
                    .startsWith("kim-backup-")).sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(folder.resolve(MANIFEST))) {
                    backups.add(folder);
                } else if (Files.getLastModifiedTime(folder).toMillis() < System.currentTimeMillis() - 3_600_000) {
                    delete(folder);
                }
            }
            long oldest = System.currentTimeMillis() - maxAge.toMillis();
            for (int i = 0; i < backups.size(); i++) {
                Path backup = backups.get(i);
                if (i >= copies) {
                    LOG.info("Backup {} deleted (retention: the newest {} are kept)", backup, copies);
                    delete(backup);
                } else if (Files.getLastModifiedTime(backup.resolve(MANIFEST)).toMillis() < oldest) {
                    LOG.info("Backup {} deleted (retention: {} days at most)", backup, maxAge.toDays());
                    delete(backup);
                }
            }
        } catch (IOException e) {
            LOG.warn("Old backups in {} could not be cleaned up: {}", directory, e.getMessage());
        }
    }

    static long bytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("{} could not be deleted: {}", folder, e.getMessage());
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
