package de.kim.api;

import de.kim.api.model.StructuralFinding;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Structural findings (strukturelle Befunde) reported from case work.
 */
@ProviderType
public interface StructuralFindingService {

    StructuralFinding report(StructuralFinding finding);

    StructuralFinding finding(long id);

    /** All findings, or those in {@code status} if not null; newest first. */
    List<StructuralFinding> findings(StructuralFinding.Status status);

    /** Replaces title, description and linked cases. */
    StructuralFinding update(long id, StructuralFinding finding);

    StructuralFinding changeStatus(long id, StructuralFinding.Status status, long version);
}
