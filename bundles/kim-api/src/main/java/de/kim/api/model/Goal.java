package de.kim.api.model;

import java.time.LocalDate;

/**
 * A goal agreed with the client (Zielvereinbarung).
 *
 * @param id          assigned by the platform
 * @param area        the topic area it belongs to
 * @param description what is to be achieved
 * @param status      where it stands
 * @param agreedOn    when it was agreed
 * @param dueDate     by when it should be reached, may be null
 */
public record Goal(Long id, TopicArea area, String description, Status status, LocalDate agreedOn,
        LocalDate dueDate) {

    /** Where a goal stands. */
    public enum Status {
        AGREED, IN_PROGRESS, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, DROPPED
    }
}
