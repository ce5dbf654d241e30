package de.kim.api.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Phases of case management after the DGCC model, with the transitions allowed between them.
 */
public enum CasePhase {
    INTAKE, ASSESSMENT, PLANNING, LINKING_MONITORING, CLOSED;

    /** The phases a case may move to from this one. */
    public Set<CasePhase> next() {
        return switch (this) {
            case INTAKE -> EnumSet.of(ASSESSMENT, CLOSED);
            case ASSESSMENT -> EnumSet.of(PLANNING, CLOSED);
            case PLANNING -> EnumSet.of(LINKING_MONITORING, CLOSED);
            case LINKING_MONITORING -> EnumSet.of(PLANNING, CLOSED);
            case CLOSED -> EnumSet.noneOf(CasePhase.class);
        };
    }

    public boolean canMoveTo(CasePhase target) {
        return next().contains(target);
    }
}
