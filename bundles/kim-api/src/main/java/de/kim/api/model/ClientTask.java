package de.kim.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline the platform watches for a client, e.g. the §25a application before the 27th birthday.
 *
 * @param id       assigned by the platform
 * @param clientId the client
 * @param ruleId   the rule that opened it
 * @param title    what must be done
 * @param due      by when
 * @param warnFrom from when it is shown as due soon
 * @param done      whether it has been done
 * @param checklist the preconditions the law names and whether the recorded data meet them (empty if the
 *                  rule has none)
 */
public record ClientTask(Long id, String clientId, String ruleId, String title, LocalDate due, LocalDate warnFrom,
        boolean done, List<ChecklistItem> checklist) {

    public ClientTask {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** The same task with its checklist. */
    public ClientTask withChecklist(List<ChecklistItem> items) {
        return new ClientTask(id, clientId, ruleId, title, due, warnFrom, done, items);
    }
}
