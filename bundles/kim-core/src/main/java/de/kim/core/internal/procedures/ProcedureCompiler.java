package de.kim.core.internal.procedures;

import de.kim.core.internal.extension.DefinitionCompiler;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.logic.JsonRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/** Checks a procedure definition: known events, valid rules, and references between stages, tasks, milestones. */
@Component(service = DefinitionCompiler.class, property = "kim.definition.kind=PROCEDURE")
public final class ProcedureCompiler implements DefinitionCompiler {
    /** The events a criterion can name. */
    public static final Pattern EVENTS = Pattern.compile(
            "case\\.opened|case\\.closed|residence\\.recorded|form\\.submitted|referral\\.(sent|accepted|rejected|completed|withdrawn)");

    @Override
    public Kind kind() {
        return Kind.PROCEDURE;
    }

    @Override
    public ProcedureModel compile(Map<String, Object> raw) {
        ProcedureModel.Criterion entry = criterion(raw.get("entry"), "entry");
        if (entry == null) {
            throw new IllegalArgumentException("'entry' (the event that attaches the procedure to a case) is required");
        }
        ProcedureModel.Criterion exit = criterion(raw.get("exit"), "exit");
        List<ProcedureModel.Stage> stages = new ArrayList<>();
        Set<String> taskIds = new HashSet<>();
        Set<String> stageIds = new HashSet<>();
        for (Map<String, Object> s : maps(raw.get("stages"), "stages")) {
            String id = text(s, "id", "stage");
            if (!stageIds.add(id)) {
                throw new IllegalArgumentException("stage '" + id + "' is declared twice");
            }
            List<ProcedureModel.Task> tasks = new ArrayList<>();
            for (Map<String, Object> t : maps(s.get("tasks"), "tasks of stage " + id)) {
                String taskId = text(t, "id", "task");
                if (!taskIds.add(taskId)) {
                    throw new IllegalArgumentException("task '" + taskId + "' is declared twice");
                }
                tasks.add(new ProcedureModel.Task(taskId, label(t, "task " + taskId), due(t.get("due"), taskId),
                        t.get("action") == null ? null : String.valueOf(t.get("action"))));
            }
            String after = s.get("after") == null ? null : String.valueOf(s.get("after"));
            stages.add(new ProcedureModel.Stage(id, label(s, "stage " + id), after, tasks));
        }
        for (ProcedureModel.Stage s : stages) {
            if (s.after() != null && (!stageIds.contains(s.after()) || s.after().equals(s.id()))) {
                throw new IllegalArgumentException("stage '" + s.id() + "' comes after unknown stage '" + s.after() + "'");
            }
        }
        if (stages.stream().allMatch(s -> s.after() != null)) {
            throw new IllegalArgumentException("at least one stage must start with the procedure (no 'after')");
        }
        List<ProcedureModel.Milestone> milestones = new ArrayList<>();
        if (raw.get("milestones") != null) {
            for (Map<String, Object> m : maps(raw.get("milestones"), "milestones")) {
                String id = text(m, "id", "milestone");
                List<String> tasks = m.get("tasks") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
                for (String t : tasks) {
                    if (!taskIds.contains(t)) {
                        throw new IllegalArgumentException("milestone '" + id + "' refers to unknown task '" + t + "'");
                    }
                }
                if (tasks.isEmpty()) {
                    throw new IllegalArgumentException("milestone '" + id + "' needs the tasks that reach it");
                }
                milestones.add(new ProcedureModel.Milestone(id, label(m, "milestone " + id), tasks));
            }
        }
        return new ProcedureModel(entry, exit, stages, milestones);
    }

    private static ProcedureModel.Criterion criterion(Object value, String name) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> c) || !(c.get("on") instanceof String on)) {
            throw new IllegalArgumentException("'" + name + "' needs 'on' (an event)");
        }
        if (!EVENTS.matcher(on).matches()) {
            throw new IllegalArgumentException(name + " names unknown event '" + on + "'; known: case.opened, case.closed,"
                    + " residence.recorded, form.submitted, referral.<sent|accepted|rejected|completed|withdrawn>");
        }
        try {
            JsonRule.check(c.get("if"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " rule: " + e.getMessage());
        }
        return new ProcedureModel.Criterion(on, c.get("if"));
    }

    private static ProcedureModel.Due due(Object value, String task) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> d) || !(d.get("days") instanceof Number days)) {
            throw new IllegalArgumentException("due of task '" + task + "' needs 'days'");
        }
        Integer age = d.get("age") instanceof Number a ? a.intValue() : null;
        return new ProcedureModel.Due(days.intValue(), age);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> label(Map<String, Object> m, String what) {
        if (!(m.get("label") instanceof Map<?, ?> label)) {
            throw new IllegalArgumentException(what + " needs a label");
        }
        return (Map<String, String>) label;
    }

    private static String text(Map<String, Object> m, String field, String what) {
        if (!(m.get(field) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("every " + what + " needs '" + field + "'");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value, String what) {
        if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(o -> o instanceof Map)) {
            throw new IllegalArgumentException("'" + what + "' must be a non-empty list of objects");
        }
        return (List<Map<String, Object>>) list;
    }
}
