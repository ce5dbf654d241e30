package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The application waits for exactly as many parts as the bundle has: one more would never register it. */
class KimApplicationTest {

    @Test
    void theMinimumCardinalityIsTheNumberOfParts() throws IOException, URISyntaxException {
        Path classes = Paths.get(KimApplication.class.getResource("KimApplication.class").toURI()).getParent();
        List<String> parts;
        try (Stream<Path> files = Files.list(classes)) {
            parts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> "de.kim.rest.internal." + n.substring(0, n.length() - 6)).filter(n -> {
                        try {
                            Class<?> type = Class.forName(n);
                            return RestPart.class.isAssignableFrom(type) && !type.isInterface();
                        } catch (ClassNotFoundException e) {
                            throw new AssertionError(e);
                        }
                    }).sorted().toList();
        }
        assertTrue(parts.contains("de.kim.rest.internal.ClientResource"), parts.toString());
        assertEquals(KimApplication.PARTS, parts.size(), parts.toString());
    }
}
