package de.kim.shell.internal.login;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Karaf keeps one command history file for every console user of the JVM ({@code .karaf/karaf.history}): a case
 * manager could page through the administrator's commands, configuration values included, and plant a line the
 * administrator recalls later. The platform keeps nothing in it ({@code karaf.shell.history.file.maxSize = 0} in
 * {@code etc/system.properties}); this empties what an earlier version or run left there, at start.
 */
@Component(service = {}, immediate = true)
public final class ConsoleHistory {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHistory.class);

    @Activate
    void start() {
        String name = System.getProperty("karaf.name", "root");
        String file = ".karaf/karaf.history" + ("root".equals(name) ? "" : name);
        for (String base : new String[] {System.getProperty("user.home"), System.getProperty("karaf.home")}) {
            empty(base == null ? null : Paths.get(base, file));
        }
        String configured = System.getProperty("karaf.history");
        empty(configured == null ? null : Paths.get(configured));
    }

    private static void empty(Path history) {
        if (history == null || !Files.isRegularFile(history)) {
            return;
        }
        try {
            Files.write(history, new byte[0]);
        } catch (IOException e) {
            LOG.warn("could not empty the console history {}: {}", history, e.toString());
        }
    }
}
