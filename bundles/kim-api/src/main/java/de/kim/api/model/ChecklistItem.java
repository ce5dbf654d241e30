package de.kim.api.model;

/**
 * One precondition of a deadline or an entitlement the law names, and whether the recorded data meet it,
 * e.g. "seit drei Jahren ununterbrochen geduldet, gestattet oder erlaubt" for §25a AufenthG.
 *
 * @param code   stable code, e.g. {@code STAY_3_YEARS}
 * @param label  the precondition in German, with its paragraph
 * @param state  MET or NOT_MET as the recorded data show, UNKNOWN where they are missing, TO_CHECK where
 *               only the responsible office can judge
 * @param detail what the data show, e.g. from when the condition is met
 */
public record ChecklistItem(String code, String label, State state, String detail) {

    /** What the recorded data say about a precondition. */
    public enum State {
        MET, NOT_MET, UNKNOWN, TO_CHECK
    }
}
