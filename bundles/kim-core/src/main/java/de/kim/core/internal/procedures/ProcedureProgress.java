package de.kim.core.internal.procedures;

import de.kim.api.model.CaseTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What follows from the state of a procedure's tasks: milestones newly reached, stages to open
 * (those whose preceding stage has no open task left), and whether the procedure is complete.
 *
 * @param milestones the milestones reached now that were not reached before
 * @param stages     the stages to open now
 * @param completed  true if no task is open and no stage is left to open
 */
public record ProcedureProgress(List<String> milestones, List<ProcedureModel.Stage> stages, boolean completed) {

    /** A task of the instance as the engine sees it. */
    public record TaskState(String stage, String task, CaseTask.Status status) {
    }

    public static ProcedureProgress of(ProcedureModel model, List<TaskState> tasks, Set<String> reached) {
        Set<String> done = tasks.stream().filter(t -> t.status() == CaseTask.Status.DONE).map(TaskState::task)
                .collect(Collectors.toSet());
        List<String> milestones = new ArrayList<>();
        for (ProcedureModel.Milestone m : model.milestones()) {
            if (!reached.contains(m.id()) && done.containsAll(m.tasks())) {
                milestones.add(m.id());
            }
        }
        Set<String> opened = tasks.stream().map(TaskState::stage).collect(Collectors.toSet());
        Set<String> unfinished = tasks.stream().filter(t -> t.status() == CaseTask.Status.OPEN).map(TaskState::stage)
                .collect(Collectors.toSet());
        List<ProcedureModel.Stage> stages = model.stages().stream().filter(s -> s.after() != null
                && !opened.contains(s.id()) && opened.contains(s.after()) && !unfinished.contains(s.after())).toList();
        return new ProcedureProgress(milestones, stages, stages.isEmpty() && unfinished.isEmpty());
    }
}
