package de.kim.core.internal.procedures;

import static de.kim.api.model.CaseTask.Status.CANCELLED;
import static de.kim.api.model.CaseTask.Status.DONE;
import static de.kim.api.model.CaseTask.Status.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.CaseTask;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcedureProgressTest {
    private static final Map<String, String> L = Map.of("de", "x");
    /** prepare (consent, application) → handover (meeting) → follow-up (review); milestone after application. */
    private static final ProcedureModel MODEL = new ProcedureModel(new ProcedureModel.Criterion("case.opened", null), null,
            List.of(stage("prepare", null, "consent", "application"), stage("handover", "prepare", "meeting"),
                    stage("follow-up", "handover", "review")),
            List.of(new ProcedureModel.Milestone("filed", L, List.of("application")),
                    new ProcedureModel.Milestone("done", L, List.of("meeting", "review"))));

    private static ProcedureModel.Stage stage(String id, String after, String... tasks) {
        return new ProcedureModel.Stage(id, L, after,
                java.util.Arrays.stream(tasks).map(t -> new ProcedureModel.Task(t, L, null, null)).toList());
    }

    private static ProcedureProgress.TaskState t(String stage, String task, CaseTask.Status status) {
        return new ProcedureProgress.TaskState(stage, task, status);
    }

    @Test
    void aStageOpensOnlyWhenTheStageBeforeHasNoOpenTask() {
        ProcedureProgress halfway = ProcedureProgress.of(MODEL, List.of(t("prepare", "consent", DONE),
                t("prepare", "application", OPEN)), Set.of());
        assertEquals(List.of(), halfway.stages());
        assertFalse(halfway.completed());

        ProcedureProgress prepared = ProcedureProgress.of(MODEL, List.of(t("prepare", "consent", DONE),
                t("prepare", "application", DONE)), Set.of());
        assertEquals(List.of("handover"), prepared.stages().stream().map(ProcedureModel.Stage::id).toList());
        assertEquals(List.of("filed"), prepared.milestones());
        assertFalse(prepared.completed(), "the hand-over stage is still to come");
    }

    @Test
    void milestonesAreReachedOnceAndTheProcedureCompletesAfterTheLastStage() {
        List<ProcedureProgress.TaskState> all = List.of(t("prepare", "consent", DONE), t("prepare", "application", DONE),
                t("handover", "meeting", DONE), t("follow-up", "review", DONE));
        ProcedureProgress end = ProcedureProgress.of(MODEL, all, Set.of("filed"));
        assertEquals(List.of("done"), end.milestones());
        assertTrue(end.stages().isEmpty());
        assertTrue(end.completed());
    }

    @Test
    void aCancelledTaskNeitherReachesAMilestoneNorBlocksTheNextStage() {
        ProcedureProgress p = ProcedureProgress.of(MODEL, List.of(t("prepare", "consent", DONE),
                t("prepare", "application", CANCELLED)), Set.of());
        assertEquals(List.of(), p.milestones());
        assertEquals(List.of("handover"), p.stages().stream().map(ProcedureModel.Stage::id).toList());
    }
}
