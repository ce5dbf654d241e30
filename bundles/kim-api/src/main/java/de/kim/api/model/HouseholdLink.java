package de.kim.api.model;

/**
 * A link from one client to another of the same household.
 *
 * @param clientId the other client's id
 * @param relation what the other client is to this one
 */
public record HouseholdLink(String clientId, Relation relation) {

    /** What another member of the household is to a client. */
    public enum Relation {
        SPOUSE, PARENT, CHILD, SIBLING, OTHER;

        /** The relation seen from the other side. */
        public Relation inverse() {
            return switch (this) {
                case PARENT -> CHILD;
                case CHILD -> PARENT;
                default -> this;
            };
        }
    }
}
