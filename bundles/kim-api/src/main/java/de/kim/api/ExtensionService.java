package de.kim.api;

import de.kim.api.model.Extension;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The bundles that extend the platform (declarative content under {@code KIM-INF/} and SPI services). */
@ProviderType
public interface ExtensionService {

    /** The osgi.extender capability extension bundles require. */
    String EXTENDER = "kim.extension";

    /** Every extension bundle seen since the platform started, by bundle id. */
    List<Extension> extensions();
}
