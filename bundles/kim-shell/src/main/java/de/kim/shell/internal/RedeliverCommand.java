package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.connect.Delivery;
import de.kim.api.connect.Webhooks;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "redeliver", description = "Put a delivery (or with --all-failed every failed one)"
        + " back in the queue")
public final class RedeliverCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    Webhooks webhooks;

    @Argument(index = 0, name = "delivery", description = "the delivery id (see kim:webhooks --failed)")
    Long id;

    @Option(name = "--all-failed", description = "every failed delivery")
    boolean allFailed;

    @Override
    public Object execute() {
        if (allFailed) {
            System.out.println(webhooks.redeliverFailed(ConsoleCaller.of(callers)) + " deliveries put back in the queue");
        } else if (id != null) {
            Delivery d = webhooks.redeliver(ConsoleCaller.of(callers), id);
            System.out.println("Delivery " + d.id() + " of " + d.eventType() + " to " + d.target() + " put back in the queue");
        } else {
            throw new IllegalArgumentException("name a delivery id or --all-failed");
        }
        return null;
    }
}
