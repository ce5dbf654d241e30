package de.kim.core.internal.access;

import de.kim.api.operations.OperationalFigures;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit trail's backlog for monitoring: committed rows the sealer has not linked into the chain yet. */
@Component(service = OperationalFigures.class)
public final class AuditFigures implements OperationalFigures {
    private final AuditLog log;

    @Activate
    public AuditFigures(@Reference AuditLog log) {
        this.log = log;
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure("kim_audit_unsealed_rows",
                "Committed audit rows waiting for the sealer to link them into the hash chain", log.waiting()));
    }
}
