package de.kim.api.connect;

import de.kim.api.access.Caller;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The keys other systems gave the clients the platform took over from them (a list's "Lfd. Nr."),
 * so that an import can be repeated without duplicates. Writes join the caller's transaction.
 */
@ProviderType
public interface ExternalKeys {

    /** The keys of {@code source} recorded so far. */
    Set<String> keys(Caller caller, String source);

    /**
     * Records that {@code key} of {@code source} became client {@code clientId}.
     *
     * @throws de.kim.api.ConflictException if the key is recorded already
     */
    void record(Caller caller, String source, String key, String clientId, Long caseId);
}
