package de.kim.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebPathTest {

    @Test
    void routesOfTheApplicationGetItsPage() {
        for (String route : new String[] {"/", "", "/cases/7", "/clients", "/login"}) {
            WebPath path = WebPath.of(route);
            assertEquals("index.html", path.file(), route);
            assertFalse(path.immutable(), route);
        }
    }

    @Test
    void hashedAssetsAreCachedForGood() {
        WebPath script = WebPath.of("/assets/index-3f2a.js");
        assertEquals("assets/index-3f2a.js", script.file());
        assertEquals("text/javascript;charset=UTF-8", script.contentType());
        assertTrue(script.immutable());
        assertFalse(WebPath.of("/favicon.svg").immutable());
    }

    @Test
    void nothingOutsideTheApplication() {
        assertNull(WebPath.of("/../META-INF/MANIFEST.MF"));
        assertNull(WebPath.of("/assets/../../de/kim/web/internal/WebPath.class"));
        assertNull(WebPath.of("/.hidden"));
        assertNull(WebPath.of("/assets/x.class"));
        assertNull(WebPath.of("/a\\b.js"));
    }
}
