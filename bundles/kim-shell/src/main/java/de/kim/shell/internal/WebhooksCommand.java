package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.connect.Delivery;
import de.kim.api.connect.WebhookSubscription;
import de.kim.api.connect.Webhooks;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "kim", name = "webhooks", description = "Webhook subscriptions; --failed lists the dead letters,"
        + " --pending and --delivered the other deliveries; administrators only")
public final class WebhooksCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    Webhooks webhooks;

    @Option(name = "--failed", description = "list the failed deliveries (given up after all attempts)")
    boolean failed;

    @Option(name = "--pending", description = "list the deliveries still waiting for an attempt")
    boolean pending;

    @Option(name = "--delivered", description = "list the last deliveries that arrived")
    boolean delivered;

    @Option(name = "--limit", description = "how many deliveries (default 50)")
    int limit = 50;

    @Override
    public Object execute() {
        Delivery.State state = failed ? Delivery.State.FAILED : pending ? Delivery.State.PENDING
                : delivered ? Delivery.State.DELIVERED : null;
        if (state == null) {
            ShellTable t = new ShellTable();
            for (String c : new String[] {"Id", "URL", "Events", "Active", "Purpose", "Created by"}) {
                t.column(c);
            }
            for (WebhookSubscription s : webhooks.subscriptions(ConsoleCaller.of(callers))) {
                t.addRow().addContent(s.id(), s.url(), String.join(",", s.events()), s.active(), s.purpose(),
                        s.createdBy());
            }
            t.print(System.out);
            return null;
        }
        ShellTable t = new ShellTable();
        for (String c : new String[] {"Id", "Event", "Type", "Target", "State", "Attempts", "Next attempt", "Last error"}) {
            t.column(c);
        }
        for (Delivery d : webhooks.deliveries(ConsoleCaller.of(callers), state, null, limit)) {
            t.addRow().addContent(d.id(), d.eventId(), d.eventType(), d.target(), d.state(), d.attempts(),
                    d.nextAttemptAt() == null ? "" : d.nextAttemptAt(), d.lastError() == null ? "" : d.lastError());
        }
        t.print(System.out);
        return null;
    }
}
