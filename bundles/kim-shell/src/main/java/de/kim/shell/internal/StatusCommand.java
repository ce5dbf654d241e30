package de.kim.shell.internal;

import de.kim.api.PlatformStatusService;
import de.kim.api.model.PlatformStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "status", description = "Show version, database and record counts of the platform")
public final class StatusCommand implements Action {
    @Reference
    PlatformStatusService platform;

    @Override
    public Object execute() {
        PlatformStatus status = platform.status();
        System.out.println("KIM Platform " + status.version());
        System.out.println("Database:       " + status.databaseUrl());
        System.out.println("Database size:  " + (status.databaseSizeBytes() < 0 ? "unknown"
                : String.format("%.1f MB", status.databaseSizeBytes() / 1_048_576.0)));
        status.counts().forEach((kind, count) -> System.out.printf("%-16s%d%n", kind + ":", count));
        return null;
    }
}
