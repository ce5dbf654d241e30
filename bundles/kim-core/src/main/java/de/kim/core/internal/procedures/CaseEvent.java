package de.kim.core.internal.procedures;

import java.time.LocalDate;
import java.util.Map;

/**
 * Something that happened on a case, as procedure criteria see it.
 *
 * @param type e.g. {@code residence.recorded}; see {@link ProcedureCompiler#EVENTS}
 * @param date the day it took effect (a residence status's valid-from, a submission's day)
 * @param data what criteria can test as {@code event.*}
 */
public record CaseEvent(String type, long caseId, LocalDate date, Map<String, Object> data) {
}
