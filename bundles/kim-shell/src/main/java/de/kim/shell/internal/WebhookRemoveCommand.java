package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.connect.Webhooks;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "webhook-remove", description = "Remove a webhook subscription (pending deliveries"
        + " to it are dropped)")
public final class WebhookRemoveCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    Webhooks webhooks;

    @Argument(index = 0, name = "id", required = true, description = "the subscription")
    long id;

    @Override
    public Object execute() {
        webhooks.unsubscribe(ConsoleCaller.of(callers), id);
        System.out.println("Webhook " + id + " removed");
        return null;
    }
}
