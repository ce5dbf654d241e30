package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * School, vocational training, a qualification or employment of a client in Germany: what the
 * preconditions of §25a AufenthG (school or training) and the worker status of EU citizens
 * (§2 Abs. 3 FreizügG/EU) are checked against.
 *
 * @param id             assigned by the platform
 * @param kind           SCHOOL (Schulbesuch), TRAINING (Ausbildung), QUALIFICATION (anerkannter Schul- oder
 *                       Berufsabschluss, {@code from} is the day it was obtained) or EMPLOYMENT (Beschäftigung)
 * @param from           first day
 * @param to             last day, null while it goes on
 * @param description    e.g. "Realschule Meschede", "Ausbildung zum Elektroniker"
 * @param involuntaryEnd for employment that ended: whether the job was lost involuntarily (confirmed by the
 *                       Agentur für Arbeit)
 */
public record Occupation(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Kind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from, LocalDate to, String description,
        Boolean involuntaryEnd) {

    /** Kinds of occupation. */
    public enum Kind {
        SCHOOL("Schulbesuch"), TRAINING("Ausbildung"), QUALIFICATION("Schul- oder Berufsabschluss"),
        EMPLOYMENT("Beschäftigung");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }
}
