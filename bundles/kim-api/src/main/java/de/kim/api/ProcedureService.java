package de.kim.api;

import de.kim.api.model.CaseTask;
import de.kim.api.model.ProcedureDefinition;
import de.kim.api.model.ProcedureInstance;
import java.time.LocalDate;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Procedures contributed by extensions, attached to cases when their entry criterion fires, and
 * their tasks.
 */
@ProviderType
public interface ProcedureService {

    List<ProcedureDefinition> procedures(boolean includeInactive);

    /** @throws NotFoundException if no such procedure was ever declared */
    ProcedureDefinition procedure(String id);

    /** The procedures attached to a case. */
    List<ProcedureInstance> instances(Caller caller, long caseId);

    /** The tasks of a case, by due date. */
    List<CaseTask> tasks(Caller caller, long caseId);

    /**
     * Completes an open task; milestones and the procedure's completion follow.
     *
     * @throws NotFoundException if the case has no such task
     * @throws ConflictException if the task is not open
     */
    CaseTask complete(Caller caller, long caseId, long taskId, String note);

    /**
     * A follow-up reminder (Wiedervorlage) set by hand on an open case: {@code text} (required, at most 500
     * characters) due on {@code due} (required); it is listed with the case's tasks and among the due ones.
     */
    CaseTask followUp(Caller caller, long caseId, String text, LocalDate due, String note);

    /** Open tasks due before {@code day}, most overdue first. */
    List<CaseTask> overdue(Caller caller, LocalDate day);
}
