package de.kim.api.model;

import java.time.LocalDate;

/**
 * A deadline the platform watches for a client, e.g. the §25a application before the 27th birthday.
 *
 * @param id       assigned by the platform
 * @param clientId the client
 * @param ruleId   the rule that opened it
 * @param title    what must be done
 * @param due      by when
 * @param warnFrom from when it is shown as due soon
 * @param done     whether it has been done
 */
public record ClientTask(Long id, String clientId, String ruleId, String title, LocalDate due, LocalDate warnFrom,
        boolean done) {
}
