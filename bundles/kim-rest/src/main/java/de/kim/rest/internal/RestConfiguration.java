package de.kim.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The configuration of the REST API ({@code de.kim.rest}: authentication; {@code de.kim.limits}:
 * request limits), handed to the parts that need it. The parts do not take a configuration
 * themselves: DS would copy it into the properties of their whiteboard services, and the JAX-RS
 * whiteboard re-creates the whole application whenever a property of one of them changes, so a
 * configuration file read a moment after the start made every resource answer 404 for a while.
 */
@Component(service = RestConfiguration.class, configurationPid = {"de.kim.rest", RequestLimits.PID})
public final class RestConfiguration {

    /** What the parts are configured with. */
    record Settings(Authentication.Config authentication, RequestLimits limits) {
    }

    private final List<Consumer<Settings>> subscribers = new CopyOnWriteArrayList<>();
    private volatile Settings current;

    @Activate
    public RestConfiguration(Authentication.Config authentication, Map<String, Object> properties) {
        configure(authentication, properties);
    }

    @Modified
    void configure(Authentication.Config authentication, Map<String, Object> properties) {
        current = new Settings(authentication, RequestLimits.of(properties));
        subscribers.forEach(s -> s.accept(current));
    }

    /** The settings now. */
    Settings settings() {
        return current;
    }

    /** Tells {@code subscriber} the settings now and after every change. */
    void subscribe(Consumer<Settings> subscriber) {
        subscribers.add(subscriber);
        subscriber.accept(current);
    }

    void unsubscribe(Consumer<Settings> subscriber) {
        subscribers.remove(subscriber);
    }
}
