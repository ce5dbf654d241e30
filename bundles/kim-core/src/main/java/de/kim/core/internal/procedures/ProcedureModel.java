package de.kim.core.internal.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A procedure as its engine runs it: entry and exit criteria, stages of tasks, milestones.
 */
public record ProcedureModel(Criterion entry, Criterion exit, List<Stage> stages, List<Milestone> milestones) {

    /** An event type and a rule over {@code event}, {@code case} and {@code client}. */
    public record Criterion(String on, Object rule) {
    }

    /** Tasks opened together: when the procedure starts, or when the stage named {@code after} is done. */
    public record Stage(String id, Map<String, String> label, String after, List<Task> tasks) {
    }

    public record Task(String id, Map<String, String> label, Due due, String action) {
    }

    /** Reached when all the named tasks are done. */
    public record Milestone(String id, Map<String, String> label, List<String> tasks) {
    }

    /**
     * A due date: {@code days} after the stage began, or, with {@code age}, {@code days} after the
     * client's birthday at that age (e.g. the day before the 27th birthday: age 27, days -1).
     */
    public record Due(int days, Integer age) {
        public LocalDate from(LocalDate base, LocalDate dateOfBirth) {
            if (age != null) {
                return dateOfBirth == null ? null : dateOfBirth.plusYears(age).plusDays(days);
            }
            return base.plusDays(days);
        }
    }

    public Stage stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
