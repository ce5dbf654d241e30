package de.kim.itest;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * What every in-container test class that shares one container (PerClass) needs: our assembly's
 * options, a client for /api/v1, and a wait until the platform has published all its endpoints.
 */
public abstract class KimContainerTest {
    protected final Api api = new Api();

    @Configuration
    public Option[] config() {
        return KimContainer.options();
    }

    @Before
    public void platformIsUp() {
        api.awaitDirectory(12);
    }
}
