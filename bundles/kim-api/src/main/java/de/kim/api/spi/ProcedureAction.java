package de.kim.api.spi;

import de.kim.api.model.Case;
import de.kim.api.model.CaseTask;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/** Code run when a procedure task naming it ({@code "action": name}) is completed. */
@ConsumerType
public interface ProcedureAction {

    String name();

    /** Runs in the transaction that completes the task; throwing refuses the completion. */
    /**
     * @param caller who completed the task; the action calls core services as this caller
     */
    void execute(Caller caller, CaseTask task, Case kimCase);
}
