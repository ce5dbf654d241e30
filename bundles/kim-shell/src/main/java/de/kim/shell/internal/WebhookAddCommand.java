package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.connect.WebhookSubscription;
import de.kim.api.connect.Webhooks;
import de.kim.shell.ConsoleCaller;
import java.util.Arrays;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "webhook-add", description = "Subscribe a receiver URL to events; prints the signing"
        + " secret once")
public final class WebhookAddCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    Webhooks webhooks;

    @Argument(index = 0, name = "url", required = true, description = "http(s) URL the events are POSTed to")
    String url;

    @Argument(index = 1, name = "options", multiValued = true, description = "--events, --purpose and --secret may"
            + " also follow the URL")
    java.util.List<String> trailing;

    @Option(name = "--events", description = "comma-separated: referral.status-changed, handover.deadline-due,"
            + " form.submitted, case.closed, or * (default)")
    String events = "*";

    @Option(name = "--purpose", description = "what the receiver does with the events")
    String purpose;

    @Option(name = "--secret", description = "the signing secret (16 to 200 characters); generated if left out")
    String secret;

    @Override
    public Object execute() {
        java.util.Map<String, String> options = TrailingOptions.parse(trailing, java.util.Set.of("events", "purpose",
                "secret"));
        events = options.getOrDefault("events", events);
        purpose = options.getOrDefault("purpose", purpose);
        secret = options.getOrDefault("secret", secret);
        WebhookSubscription s = webhooks.subscribe(ConsoleCaller.of(callers), new WebhookSubscription(null, url,
                Arrays.stream(events.split(",")).map(String::strip).toList(), purpose, secret, true, null, null));
        System.out.println("Webhook " + s.id() + " subscribed: " + s.url() + " (" + String.join(",", s.events()) + ")");
        System.out.println("Signing secret (shown only now): " + s.secret());
        return null;
    }
}
