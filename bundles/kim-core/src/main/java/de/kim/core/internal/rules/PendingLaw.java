package de.kim.core.internal.rules;

import de.kim.api.model.LegalSource;
import java.time.LocalDate;

/**
 * A law whose status is uncertain or which is not yet in force (a government bill, a law promulgated for a later
 * date). Rules name it with {@code requiresLaw} (they apply once it is in force) or {@code endsWithLaw} (they apply
 * until the day before). Putting it in force is one line of the rules file: {@code inForceFrom}.
 *
 * @param id          stable id the rules name, e.g. {@code leistungsrechtsanpassungsgesetz}
 * @param title       the law's title
 * @param inForceFrom the day it is in force from; null while it is not (its rules wait)
 * @param status      what is known of it, with the date of the check (e.g. "Regierungsentwurf 19.11.2025; …")
 * @param source      where it was checked
 */
public record PendingLaw(String id, String title, LocalDate inForceFrom, String status, LegalSource source) {
}
