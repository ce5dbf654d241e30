package de.kim.api.spi;

import de.kim.api.model.Case;
import de.kim.api.model.CaseTask;
import org.osgi.annotation.versioning.ConsumerType;

/** Code run when a procedure task naming it ({@code "action": name}) is completed. */
@ConsumerType
public interface ProcedureAction {

    String name();

    /** Runs in the transaction that completes the task; throwing refuses the completion. */
    void execute(CaseTask task, Case kimCase);
}
