package de.kim.core.internal.access;

import de.kim.api.model.DataCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the guard allowed a caller to see of one client or case.
 *
 * @param level      FULL (the case team), RELEASED (what consented referrals released to the
 *                   caller's office), PSEUDONYMOUS (coordinators: no names, no contact, no notes) or DECLARED
 *                   (an extension's code acting for the case team: the categories it declared)
 * @param categories the data the caller may see
 */
public record Access(Level level, Set<DataCategory> categories) {
    public static final Access FULL = new Access(Level.FULL, EnumSet.allOf(DataCategory.class));
    public static final Access PSEUDONYMOUS = new Access(Level.PSEUDONYMOUS,
            EnumSet.of(DataCategory.RESIDENCE, DataCategory.LEGAL_DOMAINS, DataCategory.CASE));

    public enum Level {
        FULL, RELEASED, PSEUDONYMOUS, DECLARED
    }

    public Access {
        categories = Set.copyOf(categories);
    }

    public boolean sees(DataCategory category) {
        return categories.contains(category);
    }

    public boolean full() {
        return level == Level.FULL;
    }
}
