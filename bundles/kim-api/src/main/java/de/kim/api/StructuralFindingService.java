package de.kim.api;

import de.kim.api.model.StructuralFinding;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Structural findings (strukturelle Befunde) reported from case work.
 */
@ProviderType
public interface StructuralFindingService {

    StructuralFinding report(Caller caller, StructuralFinding finding);

    StructuralFinding finding(Caller caller, long id);

    /** All findings, or those in {@code status} if not null; newest first. */
    List<StructuralFinding> findings(Caller caller, StructuralFinding.Status status);

    /** Replaces title, description and linked cases. */
    StructuralFinding update(Caller caller, long id, StructuralFinding finding);

    StructuralFinding changeStatus(Caller caller, long id, StructuralFinding.Status status, long version);
}
