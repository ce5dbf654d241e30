package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.operations.BackupManifest;
import de.kim.api.operations.Backups;
import de.kim.shell.ConsoleCaller;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "backup",
        description = "Take an online backup of the database while the platform serves, with a manifest of sizes and SHA-256 (administrator)")
public final class BackupCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    Backups backups;

    @Option(name = "--to", description = "folder to write the backup into (default: the configured one, backups/)")
    String to;

    @Option(name = "--list", description = "list the backups instead of taking one")
    boolean list;

    @Override
    public Object execute() {
        if (list) {
            ShellTable table = new ShellTable();
            table.column("Backup");
            table.column("Created");
            table.column("MB").alignRight();
            table.column("SHA-256 (file list)");
            backups.list(ConsoleCaller.of(callers)).forEach(b -> table.addRow().addContent(b.name(), b.createdAt(),
                    String.format("%.1f", b.sizeBytes() / 1_048_576.0), b.sha256().substring(0, 16) + "…"));
            table.print(System.out);
            return null;
        }
        long[] last = {-1};
        BackupManifest manifest = backups.backup(ConsoleCaller.of(callers), to == null ? null : Paths.get(to), bytes -> {
            if (bytes != last[0]) {
                last[0] = bytes;
                System.out.printf("\r  copied %.1f MB", bytes / 1_048_576.0);
                System.out.flush();
            }
        });
        System.out.println();
        System.out.println("Backup " + manifest.location());
        System.out.printf("  %d files, %.1f MB, %d ms%n", manifest.files().size(), manifest.sizeBytes() / 1_048_576.0,
                manifest.durationMillis());
        System.out.println("  SHA-256 of the file list: " + manifest.sha256());
        System.out.println("  Restore (platform stopped): bin/kim-restore " + manifest.location());
        return null;
    }
}
