package de.kim.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe by default: the realm ({@code etc/users.properties}) ships without users. On the first start,
 * with the demo data switched on, the demo users of {@code etc/kim-demo-users.properties} are added
 * (documented demo credentials); with the demo data off, only the administrator is added, with the
 * password from the environment variable {@code KIM_ADMIN_PASSWORD} or a generated one that is
 * printed once on the console and nowhere else. Karaf's JAAS encryption then stores every password
 * hashed.
 */
@Component(immediate = true, configurationPid = "de.kim.demo")
public final class RealmSeed {
    private static final Logger LOG = LoggerFactory.getLogger(RealmSeed.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    void seed(Map<String, Object> config) {
        Path etc = Paths.get(System.getProperty("karaf.etc", "etc"));
        Path marker = Paths.get(System.getProperty("karaf.data", "data")).resolve("kim-realm-seeded");
        if (Files.exists(marker)) {
            return;
        }
        boolean demo = !"false".equalsIgnoreCase(String.valueOf(config.getOrDefault("demo.enabled", "true")).trim());
        try {
            Path users = etc.resolve("users.properties");
            if (demo) {
                Files.writeString(users, "\n" + Files.readString(etc.resolve("kim-demo-users.properties"),
                        StandardCharsets.UTF_8), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                LOG.info("Demo users added to {} (demo data switched on)", users);
            } else {
                String given = System.getenv("KIM_ADMIN_PASSWORD");
                String password = given == null || given.isBlank() ? generated() : given;
                Files.writeString(users, "\nadmin = " + password + ", _g_:admingroup\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                if (given == null || given.isBlank()) {
                    System.out.println("\n*** KIM first start: the password of user 'admin' is " + password
                            + " ***\n*** It is shown only this once; change it with jaas:user-add. ***\n");
                }
                LOG.info("Administrator added to {} (demo data switched off; no demo users)", users);
            }
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "realm seeded\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("The realm could not be seeded: {}", e.toString());
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
